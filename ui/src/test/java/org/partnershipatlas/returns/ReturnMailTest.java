package org.partnershipatlas.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.writes.NotFoundException;

/**
 * Invitations and reminders through a real SMTP server (GreenMail): each contact with an email gets a bilingual
 * invitation carrying its own private link; a reminder goes only to those who have not sent, with a fresh link
 * that replaces the old one.
 */
@AtlasSpringTest
class ReturnMailTest {
    /** Chosen before the application starts (GreenMail itself starts before each test, after the context). */
    private static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("atlas.returns.public-url", () -> "https://atlas.example.org/");
    }

    @Autowired
    ReturnsService returns;
    @Autowired
    NetworkWrites writes;

    @Test
    void invitationsAndReminders_areEmailed_bilingual_withTheirOwnLinks_andTheFirstLinkStillWorks() throws Exception {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        var opened = returns.open(TestWrites.ADMIN, "2027 partnership return", LocalDate.now().plusDays(20), List.of(
                new ReturnsService.Invitee("betsi-cadwaladr-uhb", "lead@betsi.example.org"),
                new ReturnsService.Invitee("cardiff-and-vale-uhb", "international@cav.example.org"),
                new ReturnsService.Invitee("swansea-bay-uhb", null)));
        assertThat(opened.invitations()).extracting(ReturnsService.Issued::emailed).containsExactly(true, true, false);
        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage betsi = received[0].getAllRecipients()[0].toString().contains("betsi") ? received[0] : received[1];
        String body = (String) betsi.getContent();
        String betsiUrl = opened.invitations().get(0).url();
        assertThat(betsiUrl).startsWith("https://atlas.example.org/respond/");
        assertThat(betsi.getSubject()).contains("2027 partnership return");
        assertThat(body).contains(betsiUrl).contains("Betsi Cadwaladr").contains("Helo").contains("Gofynnir")
                .doesNotContain(opened.invitations().get(1).token());

        // Cardiff answers; a reminder goes to Betsi only (Swansea has no email), with a link of its own.
        returns.submit(opened.invitations().get(1).token(), ReturnItems.JSON.readTree(
                "{\"contact\": {\"name\": \"A\", \"role\": \"lead\"}}"));
        int sent = returns.remind(TestWrites.ADMIN, opened.round().id());
        assertThat(sent).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(10_000, 3)).isTrue();
        var reminders = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getSubject().startsWith("Reminder")) {
                reminders.add(m);
            }
        }
        assertThat(reminders).hasSize(1);
        MimeMessage reminder = reminders.get(0);
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("lead@betsi.example.org");
        assertThat(reminder.getSubject()).startsWith("Reminder / Nodyn atgoffa");
        String reminderBody = (String) reminder.getContent();
        assertThat(reminderBody).doesNotContain(betsiUrl).contains("https://atlas.example.org/respond/");
        String first = opened.invitations().get(0).token();
        String fromReminder = reminderBody.substring(reminderBody.indexOf("https://atlas.example.org/respond/")
                + "https://atlas.example.org/respond/".length()).split("[\\s?]", 2)[0];
        assertThat(returns.byToken(first).organisation().id()).as("the first email's link still works")
                .isEqualTo("betsi-cadwaladr-uhb");
        assertThat(returns.byToken(fromReminder).organisation().id()).isEqualTo("betsi-cadwaladr-uhb");
        // An explicit reissue (a leaked link) is what ends every earlier link.
        returns.reissue(TestWrites.ADMIN, opened.invitations().get(0).invitation());
        for (String old : List.of(first, fromReminder)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> returns.byToken(old))
                    .as("reissued").isInstanceOf(NotFoundException.class);
        }
    }
}
