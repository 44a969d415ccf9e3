/**
 * Model-registry reads and the start-up record of the configured model (EJBs). Depends on this domain's domain and
 * infrastructure packages only; administrators' changes live in {@code modelregistry.application}.
 */
package com.fintune.modelregistry.service;
