/**
 * The Data screen: the stored applications and a HMDA LAR upload (ADMIN) through fintune-ejb's LarImportService,
 * which checks the whole file first and writes all or nothing; the result or every bad line is shown.
 */
package com.fintune.interfaces.console.data;
