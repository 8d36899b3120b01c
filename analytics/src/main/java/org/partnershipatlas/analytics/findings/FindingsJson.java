package org.partnershipatlas.analytics.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

/**
 * How findings appear in JSON for people and for machines at once: a property holding a {@link Finding} (or a list
 * of them) is written as its text — a string, or an array of strings, in the language the renderer speaks — and
 * the findings themselves ({@code {"code", "arguments"}}) are written beside it: {@code reasons} beside
 * {@code findings}, any other property {@code p} beside {@code pFinding} (or {@code pFindings}). A property already
 * named {@code finding} or {@code findings} is written as findings only.
 *
 * <p>The command line registers it with {@link Finding#english()}; the UI with its bundles in the request's
 * language.
 */
public final class FindingsJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public FindingsJson(Function<Finding, String> render) {
        super("FindingsJson");
        Objects.requireNonNull(render, "render");
        setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                var result = new ArrayList<BeanPropertyWriter>(properties.size() + 1);
                for (BeanPropertyWriter property : properties) {
                    String name = property.getName();
                    boolean many = holdsFindings(property.getType());
                    if (!(many || property.getType().hasRawClass(Finding.class))
                            || name.equals("finding") || name.equals("findings")) {
                        result.add(property);
                        continue;
                    }
                    String beside = name.equals("reasons") ? "findings" : name + (many ? "Findings" : "Finding");
                    BeanPropertyWriter findings = property.rename(new NameTransformer() {
                        @Override
                        public String transform(String original) {
                            return beside;
                        }

                        @Override
                        public String reverse(String transformed) {
                            return transformed.equals(beside) ? name : null;
                        }
                    });
                    property.assignSerializer(new Text(render));
                    result.add(property);
                    result.add(findings);
                }
                return result;
            }
        });
    }

    private static boolean holdsFindings(JavaType type) {
        return type.isCollectionLikeType() && type.getContentType() != null
                && type.getContentType().hasRawClass(Finding.class);
    }

    /** A finding, or a collection of them, as text. */
    private static final class Text extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient Function<Finding, String> render;

        Text(Function<Finding, String> render) {
            super(Object.class);
            this.render = render;
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value instanceof Collection<?> findings) {
                out.writeStartArray();
                for (Object f : findings) {
                    out.writeString(f == null ? null : render.apply((Finding) f));
                }
                out.writeEndArray();
            } else {
                out.writeString(render.apply((Finding) value));
            }
        }
    }
}
