package org.partnershipatlas.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    @Test
    void quotesAsRfc4180AndDefusesFormulas() {
        String csv = CsvDownload.csv(List.of("name", "note"), List.of(
                List.of("Dolen Cymru, Wales", "says \"hello\""),
                List.of("=HYPERLINK(\"http://x\")", "line\nbreak"),
                List.of("Ysbyty Gwynedd", "")));
        assertThat(csv).startsWith("\uFEFFname,note\r\n")
                .contains("\"Dolen Cymru, Wales\",\"says \"\"hello\"\"\"\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\",\"line\nbreak\"\r\n")
                .endsWith("Ysbyty Gwynedd,\r\n");
    }
}
