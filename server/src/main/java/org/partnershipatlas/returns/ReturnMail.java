package org.partnershipatlas.returns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Invitations and reminders by email, in English and Welsh, when SMTP is configured ({@code spring.mail.host}):
 * without it nothing is sent and the admin copies the links or downloads them as CSV.
 */
@Component
class ReturnMail {
    private static final Logger log = LoggerFactory.getLogger(ReturnMail.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final AtlasProperties properties;

    ReturnMail(ObjectProvider<JavaMailSender> sender, AtlasProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** @return whether it was sent */
    boolean invite(String to, String organisation, String round, String closes, String url, boolean reminder) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.returns().mailFrom());
        message.setTo(to);
        message.setSubject((reminder ? "Reminder / Nodyn atgoffa: " : "") + round + " — Partnership Atlas");
        message.setText("""
                %s

                %s is asked to confirm, correct or add its international health partnerships for %s.
                The form is already filled in with what the register knows. It takes a few minutes; you can save a
                draft and come back. Please answer by %s:

                %s

                ---

                %s

                Gofynnir i %s gadarnhau, cywiro neu ychwanegu ei bartneriaethau iechyd rhyngwladol ar gyfer %s.
                Mae'r ffurflen eisoes wedi'i llenwi â'r hyn y mae'r gofrestr yn ei wybod. Mae'n cymryd ychydig funudau;
                gallwch gadw drafft a dod yn ôl. Atebwch erbyn %s:

                %s
                """.formatted(reminder ? "A reminder: your partnership return is still open." : "Hello,",
                organisation, round, closes, url,
                reminder ? "Nodyn atgoffa: mae eich ffurflen partneriaethau yn dal ar agor." : "Helo,",
                organisation, round, closes, url));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not email the return invitation of {}: {}", organisation, e.getMessage());
            return false;
        }
    }
}
