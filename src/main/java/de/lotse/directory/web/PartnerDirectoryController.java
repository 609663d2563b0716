package de.lotse.directory.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.editing.DirectoryEditing;
import de.lotse.directory.editing.EntryDraft;
import de.lotse.directory.editing.InvalidEntry;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.PartnerTeam;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A partner organisation's editors keep its directory entries: the list, the edit form (without JavaScript: a blank
 * row per repeating part, and a button that adds another keeping everything typed), "still correct", withdrawal and
 * each entry's history. Every step is checked again in {@link DirectoryEditing}.
 */
@Controller
class PartnerDirectoryController {

    static final String BASE = "/partner/verzeichnis";

    private final DirectoryEditing editing;
    private final DirectorySnapshot snapshot;
    private final PartnerTeam team;

    PartnerDirectoryController(DirectoryEditing editing, DirectorySnapshot snapshot, PartnerTeam team) {
        this.editing = editing;
        this.snapshot = snapshot;
        this.team = team;
    }

    @InitBinder("entryDraft")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "erledigt", required = false) String done, Model model) {
        StaffMember editor = principal.member();
        CounsellingCentre centre = team.centreOf(editor);
        if (!centre.approved() && editor.role().editsDirectory()) {
            // A centre not (or no longer) approved sees why, and can do nothing.
            model.addAttribute("view", EditorListView.notApproved(editor, centre, team.standingOf(editor).reason()));
            return "directory/editor-list";
        }
        Optional<String> notice = Optional.ofNullable(done).filter(List.of("proposed", "withdrawal", "takenBack")::contains)
                .map(step -> "partner.directory.notice." + step);
        model.addAttribute("view", new EditorListView(editor, editing.centreOf(editor), editing.entries(editor),
                editing.organizations(editor), notice, Optional.empty()));
        return "directory/editor-list";
    }

    @GetMapping(BASE + "/neu")
    String newForm(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String organisation, Model model) {
        UUID organization = uuid(organisation);
        return form(principal.member(), editing.newDraft(principal.member(), organization), EntryProblems.none(),
                BASE + "/neu?organisation=" + organization, Optional.empty(), Optional.empty(), model);
    }

    @PostMapping(BASE + "/neu")
    String proposeNew(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String organisation,
            @ModelAttribute EntryDraft entryDraft, BindingResult binding, @RequestParam(required = false) String more,
            HttpServletResponse response, Model model) {
        UUID organization = uuid(organisation);
        String action = BASE + "/neu?organisation=" + organization;
        if (more != null) {
            editing.newDraft(principal.member(), organization); // checks the editor may
            return form(principal.member(), entryDraft.withBlankRows(Optional.of(more)), EntryProblems.none(), action,
                    Optional.empty(), Optional.empty(), model);
        }
        try {
            editing.proposeNew(principal.member(), organization, entryDraft);
            return "redirect:" + BASE + "?erledigt=proposed";
        } catch (InvalidEntry invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(principal.member(), entryDraft.withBlankRows(), new EntryProblems(invalid.problems()), action,
                    Optional.empty(), Optional.empty(), model);
        }
    }

    @GetMapping(BASE + "/{service}")
    String editForm(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service,
            @RequestParam(name = "bestaetigt", required = false) String confirmed, Model model) {
        UUID id = uuid(service);
        return form(principal.member(), editing.draft(principal.member(), id), EntryProblems.none(), BASE + "/" + id,
                Optional.of(id), Optional.ofNullable(confirmed).map(yes -> "partner.directory.notice.confirmed"), model);
    }

    @PostMapping(BASE + "/{service}")
    String propose(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service,
            @ModelAttribute EntryDraft entryDraft, BindingResult binding, @RequestParam(required = false) String more,
            HttpServletResponse response, Model model) {
        UUID id = uuid(service);
        if (more != null) {
            editing.base(principal.member(), id); // checks the editor may
            return form(principal.member(), entryDraft.withBlankRows(Optional.of(more)), EntryProblems.none(),
                    BASE + "/" + id, Optional.of(id), Optional.empty(), model);
        }
        try {
            editing.propose(principal.member(), id, entryDraft);
            return "redirect:" + BASE + "?erledigt=proposed";
        } catch (InvalidEntry invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            EntryProblems problems = new EntryProblems(invalid.problems());
            if (problems.has("base")) {
                // Sent again, the form replaces what was published meanwhile: the editor has been told and decides.
                entryDraft.base = editing.base(principal.member(), id);
            }
            return form(principal.member(), entryDraft.withBlankRows(), problems, BASE + "/" + id, Optional.of(id),
                    Optional.empty(), model);
        }
    }

    @PostMapping(BASE + "/{service}/bestaetigen")
    String confirm(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service) {
        UUID id = uuid(service);
        editing.confirm(principal.member(), id);
        return "redirect:" + BASE + "/" + id + "?bestaetigt=1";
    }

    @PostMapping(BASE + "/{service}/rueckzug")
    String withdraw(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service) {
        editing.proposeWithdrawal(principal.member(), uuid(service));
        return "redirect:" + BASE + "?erledigt=withdrawal";
    }

    @PostMapping(BASE + "/{service}/zuruecknehmen")
    String takeBack(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service) {
        editing.takeBack(principal.member(), uuid(service));
        return "redirect:" + BASE + "?erledigt=takenBack";
    }

    @GetMapping(BASE + "/{service}/verlauf")
    String history(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service, Model model) {
        StaffMember editor = principal.member();
        UUID id = uuid(service);
        var changes = editing.history(editor, id);
        String name = editing.published(editor, id).map(entry -> entry.service().name())
                .orElse(changes.isEmpty() ? "" : changes.get(0).serviceName());
        model.addAttribute("view", new HistoryView(editor, editing.centreOf(editor), id, name, changes, BASE));
        return "directory/history";
    }

    private String form(StaffMember editor, EntryDraft draft, EntryProblems problems, String action,
            Optional<UUID> service, Optional<String> notice, Model model) {
        model.addAttribute("view", new EntryFormView(editor, editing.centreOf(editor), draft, problems, action, service,
                service.flatMap(id -> editing.pending(editor, id)),
                service.flatMap(id -> editing.published(editor, id)), snapshot.topics(), notice));
        return "directory/editor-form";
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("directory entry " + value);
        }
    }
}
