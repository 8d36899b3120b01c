package org.partnershipatlas.model;

/** The four activities of the Welsh definition of an international health partnership (IHCC Charter). */
public enum Activity {
    RESEARCH, INFORMATION_SHARING, PROJECT_IMPLEMENTATION, PROFESSIONAL_EXCHANGE
}
