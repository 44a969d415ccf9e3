/**
 * HMDA Loan/Application Register import (pipe-delimited filing format and the public CSV) and export (filing
 * format), mapped onto FinTune's applications and reason taxonomy. Depends on {@code data}, {@code taxonomy} and
 * {@code underwriting} (the program a loan type and amount fall under).
 */
package com.fintune.ml.data.lar;
