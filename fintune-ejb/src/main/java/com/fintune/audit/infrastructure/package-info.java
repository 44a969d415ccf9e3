/** JPA repository for the audit log (append and read only); depends on the audit domain and Jakarta Persistence. */
package com.fintune.audit.infrastructure;
