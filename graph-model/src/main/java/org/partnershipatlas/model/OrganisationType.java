package org.partnershipatlas.model;

/** What kind of body an organisation is (PRODUCT.md, "The graph"). */
public enum OrganisationType {
    HEALTH_BOARD, NHS_TRUST, GOVERNMENT, COORDINATION_BODY, NETWORK, NGO, HOSPITAL, UNIVERSITY,
    COMMUNITY_ORGANISATION, DIASPORA_ORGANISATION, FAITH_GROUP, SCHOOL, MULTILATERAL, PROFESSIONAL_BODY, OTHER
}
