/**
 * JPA access to stored notices: find by prediction, store, list and delete those older than a cut-off.
 * Depends on notice.domain only.
 */
package com.fintune.notice.infrastructure;
