package org.partnershipatlas.backups;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.store.ReturnStore.InvitationWithReminders;
import org.partnershipatlas.store.ReturnStore.Registration;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.store.StoredToken;
import org.partnershipatlas.store.StoredUser;

/**
 * Everything the application keeps beside the network and its history, as a backup of format
 * {@code partnership-atlas-backup/2} holds it: who may sign in (password hashes), the API tokens (their hashes;
 * revoked ones with when), partnership return rounds with every invitation (token hashes, contact email, draft,
 * submission and review), public registrations and saved stories. A restore replaces all of them at once.
 */
public record AppRecords(List<StoredUser> users, List<StoredToken> tokens, List<Round> rounds,
                         List<InvitationWithReminders> invitations, List<Registration> registrations,
                         List<StoredStory> stories) {
    /**
     * Each list in one fixed order, whatever order it came in (the stores list rounds and stories newest first, an
     * archive oldest first), so that the same records always make the same archive and compare equal.
     */
    public AppRecords {
        users = sorted(users, Comparator.comparing(StoredUser::username));
        tokens = sorted(tokens, Comparator.comparing(StoredToken::createdAt).thenComparing(StoredToken::id));
        rounds = sorted(rounds, Comparator.comparing(Round::createdAt).thenComparing(Round::id));
        invitations = sorted(invitations, Comparator.comparing((InvitationWithReminders i) -> i.invitation().round())
                .thenComparing(i -> i.invitation().organisation()).thenComparing(i -> i.invitation().id()));
        registrations = sorted(registrations, Comparator.comparing(Registration::at).thenComparing(Registration::id));
        stories = sorted(stories, Comparator.comparing(StoredStory::createdAt).thenComparing(StoredStory::id));
    }

    /** Nothing at all (what a test or a new machine starts from). */
    public static AppRecords none() {
        return new AppRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    /** How many of each there are, named as in the API's answers ({@code users}, {@code apiTokens}, …). */
    public Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("users", users.size());
        counts.put("apiTokens", tokens.size());
        counts.put("returnRounds", rounds.size());
        counts.put("returnInvitations", invitations.size());
        counts.put("registrations", registrations.size());
        counts.put("stories", stories.size());
        return counts;
    }
}
