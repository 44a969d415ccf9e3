/**
 * The smoke job (fintune-smoke): proves Jakarta Batch runs inside the application, with its job repository in the
 * application database, by checking the schema through an EJB.
 */
package com.fintune.batch.smoke;
