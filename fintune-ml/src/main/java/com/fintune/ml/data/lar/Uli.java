package com.fintune.ml.data.lar;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Universal Loan Identifier (Regulation C, 12 CFR 1003.4(a)(1)(i)): LEI + up to 23 letters/digits chosen by the
 * lender + two check digits by ISO/IEC 7064 MOD 97-10 (letters count as 10..35, as in an IBAN).
 */
public final class Uli {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Uli() {
    }

    /** A ULI for a lender's own loan id (non-alphanumerics dropped; the last 23 characters kept). */
    public static String of(String lei, String loanId) {
        String id = loanId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("loan id '" + loanId + "' has no letters or digits");
        }
        if (id.length() > 23) {
            id = id.substring(id.length() - 23);
        }
        String base = lei.toUpperCase(Locale.ROOT) + id;
        return base + checkDigits(base);
    }

    /** The two check digits for a ULI without them. */
    public static String checkDigits(String base) {
        BigInteger n = new BigInteger(numeric(base + "00"));
        int check = 98 - n.mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    /** True if the ULI's last two characters are its correct check digits. */
    public static boolean isValid(String uli) {
        if (uli == null || uli.length() < 23 || !uli.matches("[A-Za-z0-9]+")) {
            return false;
        }
        return new BigInteger(numeric(uli.toUpperCase(Locale.ROOT))).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String numeric(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            sb.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return sb.toString();
    }
}
