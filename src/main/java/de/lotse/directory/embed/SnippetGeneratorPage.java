package de.lotse.directory.embed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import de.lotse.directory.District;
import de.lotse.directory.Topic;
import de.lotse.directory.web.Wording;
import de.lotse.language.Language;

/**
 * The homepage editors' page: the choices as typed, what is wrong with the colours, and the code with its preview
 * (only when nothing is wrong, so nobody copies a widget that would not look as chosen).
 */
public final class SnippetGeneratorPage {

    private final WidgetRequest request;
    private final SnippetVariant variant;
    private final List<Topic> topics;
    private final List<String> adviceLanguages;
    private final Language reader;
    private final String code;
    private final int frameHeight;
    private final String frameTitle;

    SnippetGeneratorPage(WidgetRequest request, SnippetVariant variant, List<Topic> topics, List<String> adviceLanguages,
            Language reader, String code, int frameHeight, String frameTitle) {
        this.request = request;
        this.variant = variant;
        this.topics = topics;
        this.adviceLanguages = adviceLanguages;
        this.reader = reader;
        this.code = code;
        this.frameHeight = frameHeight;
        this.frameTitle = frameTitle;
    }

    public WidgetRequest request() {
        return request;
    }

    public List<SnippetVariant> variants() {
        return List.of(SnippetVariant.values());
    }

    public boolean chose(SnippetVariant option) {
        return option == variant;
    }

    public boolean framed() {
        return variant == SnippetVariant.IFRAME;
    }

    public List<District> districts() {
        return List.of(District.values());
    }

    public boolean chose(District district) {
        return request.district().filter(district::equals).isPresent();
    }

    public List<Topic> topics() {
        return topics;
    }

    public boolean chose(Topic topic) {
        return request.topic().filter(topic.code()::equals).isPresent();
    }

    public String topicName(Topic topic) {
        return topic.name(reader);
    }

    public List<String> adviceLanguages() {
        return adviceLanguages;
    }

    public boolean choseAdviceLanguage(String code) {
        return request.adviceLanguage().filter(code::equals).isPresent();
    }

    public String nativeName(String code) {
        return Wording.nativeName(code);
    }

    public List<Language> widgetLanguages() {
        return Arrays.stream(Language.values()).filter(Language::pagesTranslated).toList();
    }

    public boolean chose(Language language) {
        return request.language() == language;
    }

    /** Colours matter for the widget only; the HTML list and the links take the homepage's own. */
    public boolean colourInvalid() {
        return framed() && !WidgetColours.blank(request.colour()) && WidgetColours.hex(request.colour()).isEmpty();
    }

    public boolean backgroundInvalid() {
        return framed() && !WidgetColours.blank(request.background()) && WidgetColours.hex(request.background()).isEmpty();
    }

    /** Both colours are colours, but too alike to read. */
    public boolean contrastTooLow() {
        return framed() && typedColours().filter(colours -> !colours.readable()).isPresent();
    }

    /**
     * The pair's contrast ratio as the reader writes numbers, cut (not rounded) to two decimals, so that 4.48 never
     * reads as the 4.5 it fails.
     */
    public String contrast() {
        double ratio = typedColours().orElse(WidgetColours.STANDARD).contrast();
        NumberFormat format = NumberFormat.getNumberInstance(reader.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(ratio).setScale(2, RoundingMode.DOWN));
    }

    public boolean hasErrors() {
        return colourInvalid() || backgroundInvalid() || contrastTooLow();
    }

    /** The code to copy; empty while the choices have errors. */
    public Optional<String> code() {
        return hasErrors() ? Optional.empty() : Optional.of(code);
    }

    public String previewPath() {
        return request.widgetPath();
    }

    public int frameHeight() {
        return frameHeight;
    }

    public String frameTitle() {
        return frameTitle;
    }

    private Optional<WidgetColours> typedColours() {
        return WidgetColours.typed(request.colour(), request.background());
    }
}
