/**
 * Loading applications into the database: the synthetic lender's files (and the demo seed on a fresh embedded
 * database) and HMDA LAR imports, each all-or-nothing in one transaction. Uses fintune-ml's generator and LAR
 * reader and the application domain's entities.
 */
package com.fintune.dataimport.service;
