package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API clients may use a JWT bearer token (HS256 with the server's shared secret); its groups are its roles. */
class JwtIT {

    /** server.xml's development defaults for fintune.jwt.*. */
    static final String ISSUER = "https://fintune.local/issuer";
    static final String AUDIENCE = "fintune-api";
    static final String SECRET = "fintune-dev-jwt-secret-change-me-0123456789";
    static final String COUNT = "/api/v1/applications/count";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void underwriterTokenIsAccepted() throws Exception {
        assertEquals(200, call(token("los-client", "UNDERWRITER", SECRET)).statusCode());
    }

    @Test
    void tokenWithoutTheRoleIsForbidden() throws Exception {
        HttpResponse<String> response = call(token("los-client", "INTEGRATION", SECRET));
        assertEquals(403, response.statusCode(), response.body());
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        assertEquals(401, call(token("intruder", "ADMIN", "some-other-secret-0123456789-abcdefgh")).statusCode());
    }

    static HttpResponse<String> call(String jwt) throws Exception {
        return FinTuneServer.CLIENT.send(FinTuneServer.request(COUNT).header("Authorization", "Bearer " + jwt)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String subject, String group, String secret) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"upn\":\"" + subject + "\",\"groups\":[\"" + group + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + 600) + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }
}
