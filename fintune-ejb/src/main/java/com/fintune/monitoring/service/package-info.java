/**
 * Read-only figures for the console and monitoring: portfolio counts, prediction volume. EJBs that read across
 * domains through their repositories; they never write.
 */
package com.fintune.monitoring.service;
