package com.fintune.interfaces.console.data;

import com.fintune.dataimport.service.LarImportService;
import com.fintune.interfaces.console.ConsoleUser;
import com.fintune.ml.data.lar.LarImportException;
import com.fintune.ml.data.lar.LarProblem;
import com.fintune.ml.data.lar.LarSummary;
import com.fintune.platform.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Data screen: upload a LAR file (administrators) and show what was imported or every bad line. */
@Named("data")
@ViewScoped
public class DataBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LarImportService imports;

    private transient UploadedFile file;
    private String fileName;
    private transient LarImportService.Outcome outcome;
    private transient List<LarProblem> problems = List.of();

    /** A figure and its count, for the distribution tables. */
    public record Count(String label, int count) {
    }

    public void upload() {
        outcome = null;
        problems = List.of();
        if (!isMayImport()) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, "Only administrators can import LAR files.");
            return;
        }
        if (file == null || file.getSize() == 0) {
            ConsoleUser.message("data:lar", FacesMessage.SEVERITY_ERROR, "Choose a LAR file first.");
            return;
        }
        fileName = file.getFileName();
        try {
            outcome = imports.importLar(new String(file.getContent(), StandardCharsets.UTF_8));
            ConsoleUser.message(null, FacesMessage.SEVERITY_INFO, fileName + " imported.");
        } catch (LarImportException e) {
            problems = e.problems();
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, fileName + " was not imported: "
                    + problems.size() + (problems.size() == 1 ? " line needs" : " lines need")
                    + " correcting. Nothing was written.");
        } catch (RuntimeException e) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, ConsoleUser.incident("importing " + fileName, e));
        }
    }

    public List<Count> getByAction() {
        List<Count> rows = new ArrayList<>();
        if (outcome != null) {
            outcome.file().byAction().forEach((a, n) -> rows.add(new Count(a.description(), n)));
        }
        return rows;
    }

    public List<Count> getByReason() {
        List<Count> rows = new ArrayList<>();
        if (outcome != null) {
            for (Map.Entry<com.fintune.ml.taxonomy.ReasonCategory, Integer> e : outcome.file().byReason().entrySet()) {
                rows.add(new Count(e.getKey().displayName(), e.getValue()));
            }
        }
        return rows;
    }

    public boolean isMayImport() {
        return ConsoleUser.is(Roles.ADMIN);
    }

    public LarSummary getSummary() { return outcome == null ? null : outcome.file(); }
    public LarImportService.Outcome getOutcome() { return outcome; }
    public List<LarProblem> getProblems() { return problems; }
    public String getFileName() { return fileName; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
