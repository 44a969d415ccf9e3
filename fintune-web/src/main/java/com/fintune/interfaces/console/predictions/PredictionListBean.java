package com.fintune.interfaces.console.predictions;

import com.fintune.assessment.application.OutcomeRules;
import com.fintune.assessment.application.StoredPredictions;
import com.fintune.assessment.domain.PredictionListRow;
import com.fintune.interfaces.console.ConsoleUser;
import com.fintune.ml.taxonomy.ReasonCategory;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The Predictions screen: filters, the lazy page of rows, the choices of each filter and the export link. */
@Named("predictionList")
@ViewScoped
public class PredictionListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StoredPredictions stored;

    private final ListFilterForm filters = new ListFilterForm();
    private final LazyDataModel<PredictionListRow> rows = new Rows();

    /** Rows fetched a page at a time with the filters as they stand. */
    private final class Rows extends LazyDataModel<PredictionListRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> ignored) {
            return (int) Math.min(Integer.MAX_VALUE, stored.count(filters.filter(), ConsoleUser.viewer()));
        }

        @Override
        public List<PredictionListRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                            Map<String, FilterMeta> ignored) {
            return stored.rows(filters.filter(), first, pageSize, ConsoleUser.viewer());
        }

        @Override
        public String getRowKey(PredictionListRow row) {
            return String.valueOf(row.predictionId());
        }

        @Override
        public PredictionListRow getRowData(String key) {
            return null;
        }
    }

    public ListFilterForm getFilters() {
        return filters;
    }

    public LazyDataModel<PredictionListRow> getRows() {
        return rows;
    }

    public List<String> getDecisions() {
        return List.of("APPROVE", "REFER", "DENY");
    }

    public List<String> getFinalDecisions() {
        return OutcomeRules.DECISIONS;
    }

    public List<String> getReasons() {
        return Arrays.stream(ReasonCategory.values()).map(Enum::name).toList();
    }

    public List<String> getModelVersions() {
        return stored.modelVersions();
    }

    public List<String> getSubmitters() {
        return stored.submitters(ConsoleUser.viewer());
    }

    /** The CSV export of every row the filters keep (up to StoredPredictions.MAX_ROWS). */
    public String getExportQuery() {
        return filters.query();
    }

    public int getExportLimit() {
        return StoredPredictions.MAX_ROWS;
    }
}
