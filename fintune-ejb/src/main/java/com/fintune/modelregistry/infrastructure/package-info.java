/** JPA repository for model versions; depends on the model-registry domain and Jakarta Persistence. */
package com.fintune.modelregistry.infrastructure;
