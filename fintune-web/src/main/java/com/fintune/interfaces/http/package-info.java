/**
 * What every HTTP answer of the application carries, whichever interface gives it (console, REST, SOAP): the
 * browser-hardening headers. Servlet API only.
 */
package com.fintune.interfaces.http;
