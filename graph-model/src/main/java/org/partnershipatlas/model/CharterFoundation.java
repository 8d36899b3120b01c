package org.partnershipatlas.model;

/**
 * The four foundations of successful international health partnerships in the Charter for International Health
 * Partnerships in Wales (PHW 2020), as the seed paper lists them (Part 1, "Charter for International Health
 * Partnerships in Wales"); a {@link Charter} scores each 0–3. The paper names the foundations without defining
 * them; the meanings below paraphrase its description of what the Charter is for.
 */
public enum CharterFoundation implements Keyed {
    ORGANISATIONAL_RESPONSIBILITIES(
            "The organisation's commitment to make its international health work reflect the principles and values of the NHS."),
    RECIPROCAL_PARTNERSHIP(
            "Reciprocal partnership working: equity, and mutual tangible benefits for the partners within and beyond Wales."),
    GOOD_PRACTICE(
            "Good practice: evidence-based work that builds on Wales's history of accomplishment and learning."),
    SOUND_GOVERNANCE(
            "Sound governance of the partnership, so that it is accountable and sustainable.");

    private final String meaning;

    CharterFoundation(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
