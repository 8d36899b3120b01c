package org.partnershipatlas.model;

/** World regions used to group countries; Wales is a region of its own because the product looks out from it. */
public enum Region {
    WALES, REST_OF_UK, SUB_SAHARAN_AFRICA, NORTH_AFRICA, EUROPE, ASIA, AMERICAS, OCEANIA
}
