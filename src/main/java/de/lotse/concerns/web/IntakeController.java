package de.lotse.concerns.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.IdempotencyKeyReused;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Receipt;
import de.lotse.language.Language;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteRouting;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The citizen's intake form. Works without JavaScript: a form with mistakes comes back with everything typed and an
 * error next to each field; a successful one redirects (303) to the new concern's status page, so a reload never
 * sends it twice, and the form's idempotency key catches a double click.
 */
@Controller
class IntakeController {

    static final String FORM = "/anliegen/neu";
    static final String SUBMIT = "/anliegen";
    /** Shows the form filled in with what is posted: after a language switch, or to turn a text into a new concern. */
    static final String PREFILLED = FORM + "/formular";

    private final org.springframework.beans.factory.ObjectProvider<de.lotse.concerns.ChannelOffer> channelOffer;
    private final ConcernIntake intake;
    private final SiteRouting routing;
    private final CurrentJobcenter jobcenter;

    private final de.lotse.concerns.CallbackSlots callbackSlots;
    private final de.lotse.concerns.ConcernMetrics metrics;

    IntakeController(ConcernIntake intake, SiteRouting routing, CurrentJobcenter jobcenter,
            de.lotse.concerns.CallbackSlots callbackSlots,
            org.springframework.beans.factory.ObjectProvider<de.lotse.concerns.ChannelOffer> channelOffer,
            de.lotse.concerns.ConcernMetrics metrics) {
        this.callbackSlots = callbackSlots;
        this.metrics = metrics;
        this.channelOffer = channelOffer;
        this.intake = intake;
        this.routing = routing;
        this.jobcenter = jobcenter;
    }

    @GetMapping(FORM)
    String form(@RequestParam(name = "art", required = false) String kind,
            @RequestParam(name = "notlage", required = false) boolean existential, Locale locale, Model model) {
        String chosenKind = Optional.ofNullable(kind).map(k -> k.replace('-', '_').toUpperCase(Locale.ROOT))
                .filter(k -> List.of(ConcernKind.values()).stream().anyMatch(known -> known.name().equals(k)))
                .orElse(null);
        String language = Language.forPages(locale).orElse(Language.GERMAN).code();
        ConcernDraft empty = new ConcernDraft(chosenKind, null, null, null, null, null, null, null, false, null, null,
                null, language, existential);
        model.addAttribute("view", new IntakeFormView(empty, newKey(), List.of(), Optional.empty(), null));
        return "concerns/form";
    }

    /**
     * Progressive enhancement (htmx): while the citizen types a postcode, the form says which site will be in charge.
     * Without JavaScript the status page says it after sending.
     */
    /** The callback windows the form offers, on every page of the form (also after a language switch or an error). */
    @org.springframework.web.bind.annotation.ModelAttribute("callbackSlots")
    List<de.lotse.concerns.CallbackSlots.Slot> callbackSlots() {
        return callbackSlots.upcoming();
    }

    /** The ways to be answered that the form offers: SMS only when the Jobcenter runs an SMS gateway. */
    @org.springframework.web.bind.annotation.ModelAttribute("contactChannels")
    List<de.lotse.concerns.ContactChannel> contactChannels() {
        boolean sms = channelOffer.getIfAvailable() != null && channelOffer.getIfAvailable().smsOn();
        return java.util.Arrays.stream(de.lotse.concerns.ContactChannel.values())
                .filter(channel -> channel != de.lotse.concerns.ContactChannel.SMS || sms).toList();
    }

    /** The messengers a concern can be connected to after sending, named on the form. */
    @org.springframework.web.bind.annotation.ModelAttribute("messengers")
    String messengers() {
        return channelOffer.getIfAvailable() == null ? "" : String.join(", ", channelOffer.getIfAvailable().messengers());
    }

    @GetMapping(FORM + "/standort")
    String siteHint(@RequestParam(name = "postcode", required = false) String postcode, Model model) {
        Optional<Postcode> parsed = Postcode.parse(postcode);
        model.addAttribute("postcodeGiven", parsed.isPresent());
        model.addAttribute("siteName", parsed.flatMap(code -> routing.siteFor(jobcenter.get().id(), Optional.of(code), false))
                .map(Site::name).orElse(null));
        return "concerns/site-hint";
    }

    /** After a language switch on a form with errors, the browser asks for the form's address with GET. */
    @GetMapping(SUBMIT)
    String formAgain() {
        return "redirect:" + FORM;
    }

    @PostMapping(SUBMIT)
    Object submit(@ModelAttribute("form") ConcernDraft form,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, Model model,
            HttpServletResponse response) {
        try {
            Receipt receipt = intake.submit(form, Optional.of(keyOrNew(idempotencyKey)));
            if (!receipt.repeated()) {
                metrics.received("web");
            }
            return StatusPageController.seeOther(StatusPageController.statusPath(receipt.secret().value()) + "?neu=1");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", new IntakeFormView(form, keyOrNew(idempotencyKey), invalid.problems(),
                    Optional.empty(), null));
            return "concerns/form";
        } catch (IdempotencyKeyReused reused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("view", new IntakeFormView(form, newKey(), List.of(), Optional.of(reused.earlier()), null));
            return "concerns/form";
        }
    }

    /** The language switch on the form: shows the form again as typed, in the chosen language, and stores nothing. */
    @PostMapping(PREFILLED)
    String switchLanguage(@ModelAttribute("form") ConcernDraft form,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, Model model) {
        model.addAttribute("view", new IntakeFormView(form, keyOrNew(idempotencyKey), List.of(), Optional.empty(), null));
        return "concerns/form";
    }

    /** Reached only by forward from the CSRF check: shows the form again as typed, and stores nothing. */
    @PostMapping(SUBMIT + ConcernFormRecovery.SUFFIX)
    String resend(@ModelAttribute("form") ConcernDraft form,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("view", new IntakeFormView(form, keyOrNew(idempotencyKey), List.of(), Optional.empty(),
                ConcernFormRecovery.reason(request)));
        return "concerns/form";
    }

    /** The form's hidden key, unless it was lost or mangled on the way: then the form gets a fresh one. */
    private static String keyOrNew(String idempotencyKey) {
        return ConcernIntake.isValidKey(idempotencyKey) ? idempotencyKey : newKey();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
