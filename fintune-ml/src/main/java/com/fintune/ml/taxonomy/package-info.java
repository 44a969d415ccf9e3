/**
 * The fixed, regulation-grounded vocabulary of credit decisions: the 12 denial-reason categories (with their HMDA
 * denial code and Regulation B notice text) and the HMDA action-taken codes. Depends on nothing but the JDK.
 */
package com.fintune.ml.taxonomy;
