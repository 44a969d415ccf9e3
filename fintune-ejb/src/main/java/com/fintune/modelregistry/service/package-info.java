/**
 * Model-registry services (EJBs): register a trained checkpoint, activate one version (retiring the previous),
 * list versions. Depends on this domain's domain and infrastructure packages.
 */
package com.fintune.modelregistry.service;
