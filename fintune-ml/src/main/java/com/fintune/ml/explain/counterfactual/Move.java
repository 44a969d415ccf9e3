package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An application with levers pulled: the original, the changed one, the levers, their cost and the sentences that
 * say what to do. Moves compose ({@link #then}): the second lever works on the first one's application.
 */
record Move(LoanApplication original, LoanApplication changed, List<Lever> levers, double cost,
            List<String> actions) {

    /** The only fields a lever may change; everything else must stay as stated. */
    static final List<String> ACTIONABLE_FIELDS = List.of("loanAmount", "product", "monthlyHousingPayment",
            "monthlyDebts", "dtiPercent", "ltvPercent", "cltvPercent", "liquidReserves", "cashToClose");

    Move {
        levers = List.copyOf(levers);
        actions = List.copyOf(actions);
    }

    /** The application as it stands: no lever pulled. */
    static Move start(LoanApplication application) {
        return new Move(application, application, List.of(), 0, List.of());
    }

    /** This move followed by one more lever on its changed application. */
    Move then(Lever lever, LoanApplication next, double leverCost, String action) {
        List<Lever> l = new ArrayList<>(levers);
        l.add(lever);
        List<String> a = new ArrayList<>(actions);
        a.add(action);
        return new Move(original, next, l, cost + leverCost, a);
    }

    /** The fields that differ from the application as stated, in {@link #ACTIONABLE_FIELDS} order. */
    List<FieldChange> changes() {
        List<FieldChange> out = new ArrayList<>();
        for (String field : ACTIONABLE_FIELDS) {
            Object from = value(original, field);
            Object to = value(changed, field);
            if (!Objects.equals(from, to)) {
                out.add(new FieldChange(field, from, to));
            }
        }
        return out;
    }

    /** One plain-English sentence (two levers: joined with "and"). */
    String action() {
        if (actions.size() == 1) {
            return actions.get(0) + ".";
        }
        String second = actions.get(1);
        return actions.get(0) + ", and " + Character.toLowerCase(second.charAt(0)) + second.substring(1) + ".";
    }

    private static Object value(LoanApplication a, String field) {
        return switch (field) {
            case "loanAmount" -> a.loanAmount();
            case "product" -> a.product() == null ? null : a.product().name();
            case "monthlyHousingPayment" -> a.monthlyHousingPayment();
            case "monthlyDebts" -> a.monthlyDebts();
            case "dtiPercent" -> a.dtiPercent();
            case "ltvPercent" -> a.ltvPercent();
            case "cltvPercent" -> a.cltvPercent();
            case "liquidReserves" -> a.liquidReserves();
            case "cashToClose" -> a.cashToClose();
            default -> throw new IllegalArgumentException("not an actionable field: " + field);
        };
    }
}
