/**
 * The adverse-action-notices job's artifacts (job XML in META-INF/batch-jobs): the day's DENY predictions without
 * a notice, each written through fintune-ejb's DailyNotices. Thin: no rule lives here.
 */
package com.fintune.batch.notice;
