/**
 * Transactional services (EJBs) for loan applications: register, look up, count. The way in for REST, SOAP,
 * console and batch; depends on the domain and infrastructure packages of this domain.
 */
package com.fintune.application.service;
