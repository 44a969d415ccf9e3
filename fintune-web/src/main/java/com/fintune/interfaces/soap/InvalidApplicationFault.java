package com.fintune.interfaces.soap;

import com.fintune.ml.data.FieldError;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.WebFault;

import java.util.ArrayList;
import java.util.List;

/** The SOAP fault for bad input: every rejected field with what is wrong; nothing was stored. */
@WebFault(name = "invalidApplication", targetNamespace = PredictionEndpoint.NAMESPACE)
public class InvalidApplicationFault extends Exception {

    private static final long serialVersionUID = 1L;

    /** The fault's detail. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "invalidApplicationDetail")
    public static class Detail {
        @XmlElement(name = "field")
        public List<Field> fields = new ArrayList<>();
    }

    /** One rejected field. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "fieldError")
    public static class Field {
        public String name;
        public String message;
    }

    private final Detail detail;

    public InvalidApplicationFault(String message, Detail detail) {
        super(message);
        this.detail = detail;
    }

    static InvalidApplicationFault of(List<FieldError> errors) {
        Detail d = new Detail();
        for (FieldError e : errors) {
            Field f = new Field();
            f.name = e.field();
            f.message = e.message();
            d.fields.add(f);
        }
        return new InvalidApplicationFault(errors.size() + " field(s) are invalid: " + errors, d);
    }

    public Detail getFaultInfo() {
        return detail;
    }
}
