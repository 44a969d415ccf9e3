package com.fintune.dataimport.service;

import com.fintune.ml.data.lar.LarImport;
import com.fintune.ml.data.lar.LarImportException;
import com.fintune.ml.data.lar.LarReader;
import com.fintune.ml.data.lar.LarSummary;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Imports a HMDA LAR (filing format or public CSV) into the database. The whole file is read and checked first:
 * a bad row fails the import with every problem listed and nothing written. Then all records are written in one
 * transaction; records whose ULI is already stored are skipped, so importing a file twice creates no duplicates.
 */
@Stateless
public class LarImportService {

    @EJB
    ApplicationLoader loader;

    /** The outcome: what the file held, and what was written or skipped. */
    public record Outcome(LarSummary file, LoadResult load) {
    }

    public Outcome importLar(String content) throws LarImportException {
        LarImport imported;
        try {
            imported = new LarReader().read(content);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a LAR held in memory failed", e);
        }
        return new Outcome(imported.summary(), loader.loadLar(imported.applications()));
    }
}
