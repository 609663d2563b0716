package de.lotse.directory.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.lotse.directory.api.DirectoryImport;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.web.PublicLinks;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The coordinator uploads directory entries as open-data CSV or HSDS JSON (administrators, under
 * /arbeit/verwaltung). Everything is checked before anything is written; see {@link DirectoryImport}.
 */
@Controller
class DirectoryImportController {

    static final String PATH = "/arbeit/verwaltung/verzeichnis/import";

    private final DirectoryImport imports;
    private final PublicLinks links;

    DirectoryImportController(DirectoryImport imports, PublicLinks links) {
        this.imports = imports;
        this.links = links;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return render(principal, Optional.empty(), Optional.empty(), model);
    }

    @PostMapping(PATH)
    String upload(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(principal, Optional.empty(), Optional.of("admin.directory.import.error.noFile"), model);
        }
        byte[] content = file.getBytes();
        DirectoryImport.Outcome outcome = imports.importFile(principal.member(),
                DirectoryImport.Format.detect(file.getOriginalFilename(), content), content);
        if (!outcome.imported()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return render(principal, Optional.of(outcome), Optional.empty(), model);
    }

    private String render(StaffPrincipal principal, Optional<DirectoryImport.Outcome> outcome, Optional<String> problem,
            Model model) {
        model.addAttribute("view", new DirectoryImportView(principal.member(), outcome, problem,
                links.to("/api/hsds/export/services.csv"), links.to("/api/hsds/export/hsds.json")));
        return "directory/import";
    }
}
