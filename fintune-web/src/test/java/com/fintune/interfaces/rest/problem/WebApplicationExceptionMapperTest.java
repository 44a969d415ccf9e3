package com.fintune.interfaces.rest.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebApplicationExceptionMapperTest {

    @Test
    void theRuntimesOwnMessagesAreReplacedByFinTunesWords() {
        assertEquals("Nothing is at this path.", WebApplicationExceptionMapper.plain("RESTEASY003210: Could not find "
                + "resource for full path: http://x/api/v1/nope", 404));
        assertEquals("Nothing is at this path.", WebApplicationExceptionMapper.plain("HTTP 404 Not Found", 404));
        assertEquals("The request could not be read.", WebApplicationExceptionMapper.plain(
                "com.fasterxml.jackson.core.JsonParseException: x", 400));
        assertEquals("No prediction batch 7.", WebApplicationExceptionMapper.plain("No prediction batch 7.", 404));
    }
}
