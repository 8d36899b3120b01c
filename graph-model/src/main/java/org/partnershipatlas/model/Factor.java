package org.partnershipatlas.model;

/**
 * The eight factors that contribute to successful international health partnerships, from the seed paper (Part 3,
 * "Factors contributing to successful international health partnerships"); an {@link Assessment} scores each 0–3,
 * or leaves it out when it was not assessed.
 */
public enum Factor implements Keyed {
    TRUST(
            "Trust between partners and with local communities: transparency, open communication, willingness to listen and learn."),
    SHARED_GOALS(
            "A common vision and clearly defined objectives, aligned on health outcomes and priorities."),
    COMMUNITY_ENGAGEMENT(
            "Local communities take part in decisions, so that the work is culturally sensitive, meets local needs and lasts."),
    CAPACITY_BUILDING(
            "Building the capacity of local health systems and workforces: training, shared knowledge and skills, leadership."),
    EQUITABLE_COLLABORATION(
            "Mutual respect and equality, valuing the expertise each partner brings, with shared decisions and mutual benefit."),
    RESOURCE_MOBILISATION(
            "Leveraging the resources and networks of all partners: money, expertise and technology."),
    SOUND_GOVERNANCE(
            "Transparent, effective governance with clear roles, responsibilities and accountability."),
    LONG_TERM_VISION(
            "Long-term commitment planned for sustainability from the outset: local capacity, ongoing funding, an exit strategy.");

    private final String meaning;

    Factor(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
