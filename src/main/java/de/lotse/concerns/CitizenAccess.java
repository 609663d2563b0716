package de.lotse.concerns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * Everything a citizen does with a status link: read the concern and add messages. The link's secret is the only
 * credential; wrong ones count against the client, and every read is written to the access log.
 */
@Service
public class CitizenAccess {

    static final String SUBJECT = "concern";
    static final String ACTOR = "citizen:status-link";
    private static final int SAVE_ATTEMPTS = 5;

    private final Concerns concerns;
    private final StatusLinkGuard guard;
    private final IntakeValidation validation;
    private final Sites sites;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ServiceLevels serviceLevels;
    private final ReplyAddresses replyAddresses;
    private final PersonalDataCopies copies;

    CitizenAccess(Concerns concerns, StatusLinkGuard guard, IntakeValidation validation, Sites sites,
            AccessLog accessLog, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            ServiceLevels serviceLevels, ReplyAddresses replyAddresses, PersonalDataCopies copies) {
        this.copies = copies;
        this.replyAddresses = replyAddresses;
        this.concerns = concerns;
        this.guard = guard;
        this.validation = validation;
        this.sites = sites;
        this.accessLog = accessLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.serviceLevels = serviceLevels;
    }

    /**
     * @param client who asks (e.g. the remote address), for the guard against guessing
     * @throws StatusLinkNotFound when no concern has this secret
     * @throws TooManyWrongLinks when the client guessed wrong too often
     */
    public CitizenView open(String candidateSecret, String client, String purpose) {
        guard.checkAllowed(client);
        Optional<CitizenView> view = transactions.execute(status -> find(candidateSecret, false).map(concern -> {
            accessLog.record(new PersonalDataRead(SUBJECT, concern.id().value(), actor(client), purpose, clock.instant()));
            return view(concern);
        }));
        return view.orElseThrow(() -> wrongLink(client));
    }

    /**
     * The citizen's copy of everything kept about the concern (Art. 15 GDPR); the download itself is logged as a read.
     *
     * @throws StatusLinkNotFound when no concern has this secret
     * @throws TooManyWrongLinks when the client guessed wrong too often
     */
    public PersonalDataCopy copyOfData(String candidateSecret, String client) {
        guard.checkAllowed(client);
        Optional<PersonalDataCopy> copy = transactions.execute(status -> find(candidateSecret, false).map(concern -> {
            accessLog.record(new PersonalDataRead(SUBJECT, concern.id().value(), actor(client), "data-export",
                    clock.instant()));
            return copies.of(concern);
        }));
        return copy.orElseThrow(() -> wrongLink(client));
    }

    /** What became of a message: its place in the timeline, and whether it had arrived before. */
    public record PostedMessage(int position, boolean repeated) {
    }

    /**
     * Adds the citizen's message exactly once per idempotency key.
     *
     * @throws InvalidDraft when the text is empty or too long
     * @throws ConcernClosed when the concern takes no more messages
     * @throws IdempotencyKeyReused when the key came before with another text
     */
    public PostedMessage addMessage(String candidateSecret, String typedText, Optional<String> idempotencyKey,
            String client) {
        String text = validation.checkMessage(typedText);
        guard.checkAllowed(client);
        byte[] keyHash = StatusLinks.sha256("message-idempotency:"
                + idempotencyKey.map(String::strip).filter(k -> !k.isEmpty()).orElseGet(() -> UUID.randomUUID().toString()));
        // Writers queue on the row lock (FOR UPDATE); the retry only covers a lost race on the key's unique index.
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<PostedMessage> posted = transactions.execute(status -> find(candidateSecret, true)
                        .map(concern -> post(concern, text, keyHash)));
                return posted.orElseThrow(() -> wrongLink(client));
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentChange) {
                if (attempt >= SAVE_ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    /**
     * A message the citizen sent on another channel (e-mail, messenger) to a concern the channel matched it to. The
     * channel's own id of the message is the idempotency key: the same message twice is one timeline entry.
     *
     * @throws ConcernNotFound when there is no such concern
     * @throws ConcernClosed when the concern takes no more messages
     * @throws InvalidDraft when the text is empty or too long
     */
    public PostedMessage addMessageFromChannel(ConcernId concern, String typedText, String channelMessageId) {
        String text = validation.checkMessage(typedText);
        byte[] keyHash = StatusLinks.sha256("message-idempotency:channel:" + channelMessageId);
        return transactions.execute(status -> concerns.byIdForChange(concern).map(found -> post(found, text, keyHash))
                .orElseThrow(ConcernNotFound::new));
    }

    private PostedMessage post(Concern concern, String text, byte[] keyHash) {
        Optional<Concerns.SentMessage> earlier = concerns.messageWithIdempotencyKey(concern.id(), keyHash);
        if (earlier.isPresent()) {
            if (!earlier.get().text().equals(text)) {
                throw new IdempotencyKeyReused(concern.reference());
            }
            return new PostedMessage(earlier.get().position(), true);
        }
        TimelineEntry entry = concern.addCitizenMessage(text, keyHash, clock.instant(), serviceLevels.scheduleFor(concern.jobcenter()));
        concerns.update(concern);
        concern.releaseEvents().forEach(events::publishEvent);
        return new PostedMessage(entry.position(), false);
    }

    /** Looks the secret up without side effects; a miss is counted only after the transaction, on its own connection. */
    private Optional<Concern> find(String candidateSecret, boolean forChange) {
        if (!StatusLinkSecret.looksLikeOne(candidateSecret)) {
            return Optional.empty();
        }
        byte[] hash = StatusLinks.hash(new StatusLinkSecret(candidateSecret));
        return forChange ? concerns.byStatusLinkHashForChange(hash) : concerns.byStatusLinkHash(hash);
    }

    private StatusLinkNotFound wrongLink(String client) {
        guard.recordFailure(client);
        return new StatusLinkNotFound();
    }

    /** When the Jobcenter looked at the concern, without saying who: the citizen may know that, not staff names. */
    private List<Instant> viewedByJobcenter(Concern concern) {
        return accessLog.readsOf(SUBJECT, concern.id().value()).stream()
                .filter(read -> read.actor().startsWith(CaseWork.STAFF_ACTOR))
                .map(PersonalDataRead::at).toList();
    }

    /** Tells reads from different devices apart in the access log, without keeping the address itself. */
    private String actor(String client) {
        return ACTOR + ":" + guard.clientTag(client);
    }

    private CitizenView view(Concern concern) {
        return new CitizenView(concern.reference(), concern.kind(), concern.urgency(), concern.status(),
                concern.receivedAt(), concern.content().description(), concern.site().flatMap(sites::byId).map(Site::name), concern.noticeDate(),
                concern.content().contact().channel(),
                concern.timeline().stream().filter(TimelineEntry::visibleToCitizen).toList(),
                concern.status().acceptsCitizenMessages(), concern.nextPromise(), viewedByJobcenter(concern),
                replyAddresses.tokenFor(concern.id()));
    }
}
