/**
 * The adverse-action notice API: GET /predictions/{id}/notice (the PDF) and POST /notices/retention (run the
 * Regulation B retention now). Thin: ids, roles and HTTP; the notice rules live in fintune-ejb's notice service.
 */
package com.fintune.interfaces.rest.notice;
