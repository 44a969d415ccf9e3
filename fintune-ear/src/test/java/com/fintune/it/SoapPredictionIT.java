package com.fintune.it;

import com.fintune.it.FinTuneServer.Account;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;
import java.net.URI;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SOAP prediction operation through a real JAX-WS client built from the server's WSDL. */
class SoapPredictionIT {

    static final String NS = "urn:fintune:prediction:v1";

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    private static Dispatch<Source> client(Account account) throws Exception {
        Service service = Service.create(URI.create(FinTuneServer.BASE + "/soap/predictions?wsdl").toURL(),
                new QName(NS, "PredictionService"));
        Dispatch<Source> dispatch = service.createDispatch(new QName(NS, "PredictionPort"), Source.class,
                Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, account.user);
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, account.password);
        return dispatch;
    }

    private static String request(String creditScore, String notes) {
        return "<f:predict xmlns:f=\"" + NS + "\"><f:application>"
                + "<f:loanAmount>350000</f:loanAmount><f:purpose>PURCHASE</f:purpose>"
                + "<f:product>CONVENTIONAL</f:product><f:termMonths>360</f:termMonths>"
                + "<f:lienStatus>FIRST</f:lienStatus><f:occupancy>PRINCIPAL_RESIDENCE</f:occupancy>"
                + "<f:propertyValue>400000</f:propertyValue><f:propertyType>SINGLE_FAMILY</f:propertyType>"
                + "<f:annualIncome>96000</f:annualIncome><f:creditScore>" + creditScore + "</f:creditScore>"
                + "<f:dtiPercent>47.2</f:dtiPercent><f:ltvPercent>87.5</f:ltvPercent>"
                + "<f:underwriterNotes>" + notes + "</f:underwriterNotes>"
                + "</f:application><f:requestId>soap-it</f:requestId></f:predict>";
    }

    private static String text(Document d, String local) {
        Node n = d.getElementsByTagNameNS("*", local).item(0);
        return n == null ? null : n.getTextContent();
    }

    @Test
    void theSoapOperationAnswersLikeRest() throws Exception {
        Source response = client(Account.INTEGRATION).invoke(
                new StreamSource(new StringReader(request("700", "soap " + UUID.randomUUID()))));
        DOMResult dom = new DOMResult();
        TransformerFactory.newInstance().newTransformer().transform(response, dom);
        Document d = (Document) dom.getNode();
        assertTrue(java.util.List.of("APPROVE", "REFER", "DENY").contains(text(d, "decision")), text(d, "decision"));
        assertEquals(12, d.getElementsByTagNameNS("*", "category").getLength(), "all 12 category probabilities");
        assertTrue(Long.parseLong(text(d, "predictionId")) > 0);
        assertTrue(text(d, "riskSummary").length() > 20, text(d, "riskSummary"));
        assertTrue(text(d, "modelVersion").contains("@"), text(d, "modelVersion"));
    }

    @Test
    void badInputIsAFaultNamingTheFieldAndRolesApply() throws Exception {
        SOAPFaultException fault = assertThrows(SOAPFaultException.class, () -> client(Account.UNDERWRITER)
                .invoke(new StreamSource(new StringReader(request("2000", "bad")))));
        assertTrue(fault.getFault().getDetail().getTextContent().contains("creditScore"),
                fault.getFault().getDetail().getTextContent());
        assertThrows(jakarta.xml.ws.WebServiceException.class, () -> client(Account.AUDITOR)
                .invoke(new StreamSource(new StringReader(request("700", "auditor")))));
    }

    private static Document call(Account account, String payload) throws Exception {
        Source response = client(account).invoke(new StreamSource(new StringReader(payload)));
        DOMResult dom = new DOMResult();
        TransformerFactory.newInstance().newTransformer().transform(response, dom);
        return (Document) dom.getNode();
    }

    private static String explain(long predictionId) {
        return "<f:explain xmlns:f=\"" + NS + "\"><f:predictionId>" + predictionId + "</f:predictionId>"
                + "<f:requestId>soap-explain-it</f:requestId></f:explain>";
    }

    @Test
    void theSoapExplanationCarriesRankedReasonsAndContributionsThatAddUp() throws Exception {
        Document predicted = call(Account.INTEGRATION, request("640", "soap explain " + UUID.randomUUID()));
        long id = Long.parseLong(text(predicted, "predictionId"));
        Document d = call(Account.INTEGRATION, explain(id));
        assertEquals(String.valueOf(id), text(d, "predictionId"));
        org.w3c.dom.NodeList risk = d.getElementsByTagNameNS("*", "riskContribution");
        assertEquals(10, risk.getLength(), "one contribution per feature group");
        double sum = 0;
        for (int i = 0; i < risk.getLength(); i++) {
            sum += Double.parseDouble(((org.w3c.dom.Element) risk.item(i)).getElementsByTagNameNS("*", "value")
                    .item(0).getTextContent());
        }
        assertEquals(Double.parseDouble(text(d, "riskValue")) - Double.parseDouble(text(d, "riskBase")), sum, 1e-6);
        assertEquals(d.getElementsByTagNameNS("*", "principalReason").getLength(),
                predicted.getElementsByTagNameNS("*", "rank").getLength(), "the answer's reasons (each has a rank), ranked");

        SOAPFaultException other = assertThrows(SOAPFaultException.class,
                () -> client(Account.INTEGRATION2).invoke(new StreamSource(new StringReader(explain(id)))));
        assertTrue(other.getFault().getDetail().getTextContent().contains("predictionId"),
                other.getFault().getDetail().getTextContent());
    }
}
