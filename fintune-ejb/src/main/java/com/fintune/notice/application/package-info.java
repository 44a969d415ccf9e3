/**
 * Adverse-action notices as a service: built from a stored DENY prediction with fintune-ml's notice package,
 * rendered once, stored and audited, then served as stored; the Regulation B retention (daily timer) that removes
 * them after fintune.notice.retention-months. EJB/CDI; depends on notice.domain/infrastructure, assessment (stored
 * predictions, Viewer), application (the applicant's figures), audit and fintune-ml's notice and serving packages.
 */
package com.fintune.notice.application;
