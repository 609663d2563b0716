package de.lotse.concerns.web;

import de.lotse.web.PublicLinks;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import de.lotse.concerns.CitizenAccess;
import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.deadlines.DeadlineGuard;
import de.lotse.concerns.CitizenView;
import de.lotse.concerns.ConcernClosed;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.IdempotencyKeyReused;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.StatusLinkNotFound;
import de.lotse.concerns.TooManyWrongLinks;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The citizen's private status page, reached only through the secret in its link. */
@Controller
class StatusPageController {

    private final DeadlineGuard deadlines;
    private final CitizenAccess access;
    private final Pages pages;
    private final PublicLinks links;

    private final Optional<String> telegramBot;
    private final Optional<String> whatsAppNumber;
    private final Optional<String> matrixUser;
    private final Optional<String> threemaId;

    StatusPageController(CitizenAccess access, Pages pages, PublicLinks links, DeadlineGuard deadlines,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.telegram.bot-username:}") String telegramBot,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.telegram.bot-token:}") String telegramToken,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.whatsapp.number:}") String whatsAppNumber,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.whatsapp.access-token:}") String whatsAppToken,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.matrix.user-id:}") String matrixUser,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.matrix.access-token:}") String matrixToken,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.threema.gateway-id:}") String threemaId,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.threema.private-key:}") String threemaKey) {
        // Offered only in end-to-end mode, where Lotse holds the gateway ID's private key and so can read answers.
        this.threemaId = Optional.of(threemaId.strip()).filter(id -> id.length() == 8 && !threemaKey.isBlank());
        this.matrixUser = Optional.of(matrixUser.strip()).filter(user -> user.startsWith("@") && !matrixToken.isBlank());
        this.whatsAppNumber = Optional.of(whatsAppNumber.replaceAll("[^0-9]", ""))
                .filter(number -> !number.isEmpty() && !whatsAppToken.isBlank());
        // The link is offered only when the Jobcenter runs a bot: its name for the link, its token to answer.
        this.telegramBot = Optional.of(telegramBot.strip()).filter(bot -> !bot.isEmpty() && !telegramToken.isBlank());
        this.deadlines = deadlines;
        this.access = access;
        this.pages = pages;
        this.links = links;
    }

    static String statusPath(String secret) {
        return "/status/" + secret;
    }

    @GetMapping("/status/{secret}")
    String status(@PathVariable String secret, @RequestParam(name = "neu", required = false) boolean justSubmitted,
            @RequestParam(name = "gesendet", required = false) boolean messageSent, HttpServletRequest request,
            Model model) {
        CitizenView view = access.open(secret, request.getRemoteAddr(), "status-page");
        model.addAttribute("view", new StatusPageView(view, secret, justSubmitted, messageSent, "", newKey(),
                Optional.empty(), false, null, links.to(statusPath(secret)), telegramBot, whatsAppNumber, matrixUser,
                threemaId));
        model.addAttribute("deadline", deadlineOf(view));
        return "concerns/status";
    }

    @PostMapping("/status/{secret}/nachrichten")
    Object addMessage(@PathVariable String secret, @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String client = request.getRemoteAddr();
        try {
            try {
                access.addMessage(secret, text, Optional.ofNullable(idempotencyKey), client);
            } catch (IdempotencyKeyReused editedAfterSending) {
                // The citizen went back, changed the sent message and sent it again: that is a new message.
                access.addMessage(secret, text, Optional.empty(), client);
            }
            return seeOther(statusPath(secret) + "?gesendet=1#verlauf");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return again(secret, text, idempotencyKey, invalid.problems().stream().findFirst(), false, null, client,
                    model);
        } catch (ConcernClosed closed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return again(secret, text, idempotencyKey, Optional.empty(), true, null, client, model);
        }
    }

    /**
     * The citizen's copy of all data kept about the concern (Art. 15 GDPR), as a ZIP. A GET, like any download; it
     * changes nothing but the access log, and wrong links count against the client as on the status page.
     */
    @GetMapping("/status/{secret}/meine-daten")
    void downloadData(@PathVariable String secret, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        de.lotse.concerns.PersonalDataCopy copy = access.copyOfData(secret, request.getRemoteAddr());
        de.lotse.web.Page page = pages.of(request);
        String readme = page.plain("export.readme", copy.reference().value(), copy.files().size());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                .filename("lotse-" + copy.reference().value() + ".zip").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        PersonalDataZip.write(copy, readme, response.getOutputStream());
    }

    /** The language switch on the status page: shows it again with the message as typed, and stores nothing. */
    @PostMapping("/status/{secret}/nachrichten/sprache")
    String switchLanguage(@PathVariable String secret, @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, HttpServletRequest request,
            Model model) {
        return again(secret, text, idempotencyKey, Optional.empty(), false, null, request.getRemoteAddr(), model);
    }

    /** Reached only by forward from the CSRF check: shows the page again with the message as typed, stores nothing. */
    @PostMapping("/status/{secret}/nachrichten" + ConcernFormRecovery.SUFFIX)
    String resend(@PathVariable String secret, @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return again(secret, text, idempotencyKey, Optional.empty(), false, ConcernFormRecovery.reason(request),
                request.getRemoteAddr(), model);
    }

    private String again(String secret, String text, String idempotencyKey, Optional<FieldProblem> problem,
            boolean closed, String resendReason, String client, Model model) {
        CitizenView view = access.open(secret, client, "status-page");
        model.addAttribute("view", new StatusPageView(view, secret, false, false, text == null ? "" : text,
                idempotencyKey == null ? newKey() : idempotencyKey, problem, closed, resendReason, links.to(statusPath(secret)),
                telegramBot, whatsAppNumber, matrixUser, threemaId));
        model.addAttribute("deadline", deadlineOf(view));
        return "concerns/status";
    }

    /** The Widerspruchsfrist of the Bescheid the concern cites, if it cites one. */
    private DeadlineAdvice deadlineOf(CitizenView view) {
        return view.noticeDate().map(deadlines::forDateOnBescheid).orElse(null);
    }

    @ExceptionHandler(StatusLinkNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("concerns/status-not-found", Map.of("page", pages.of(request)), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(TooManyWrongLinks.class)
    ModelAndView tooMany(TooManyWrongLinks tooMany, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()));
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "tooMany"), HttpStatus.TOO_MANY_REQUESTS);
    }

    /** After a POST, 303 tells every browser to follow with GET, so a reload never sends the form again. */
    static RedirectView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
