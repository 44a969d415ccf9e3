/**
 * JPA repositories for the application domain (applications, customers, properties, products, documents).
 * CDI beans used inside the services' transactions; depend on the domain package and Jakarta Persistence.
 */
package com.fintune.application.infrastructure;
