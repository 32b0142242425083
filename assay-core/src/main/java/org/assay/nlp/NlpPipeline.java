package org.assay.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assay.article.Article;

/**
 * Tokens, sentences, part-of-speech tags and names. CoreNLP's tokenizer (with sentence splitting) always runs; the
 * taggers are either Assay's own ({@link Taggers#ASSAY}: {@link PosTagger} and {@link NameTagger}) or CoreNLP's
 * configured lean ({@link Taggers#CORENLP}: pos and the 4-class CRF NER, without lemmas, SUTime, numeric or
 * fine-grained classifiers and without coreference; nothing downstream reads lemmas, and the CRF model does not use
 * them). Models load once per process: CoreNLP's two in parallel (about 2 s each here), Assay's in well under a second.
 *
 * <p>Thread-safe: one instance serves any number of threads. The annotators are called directly, one after another,
 * so no pipeline-wide timing counters are shared between threads.
 */
public final class NlpPipeline {

    /**
     * Longer "sentences" (text without full stops or line breaks) are not tagged: their tokens get the tag {@code X}
     * and no names. Without this limit one such run of 160,000 tokens took 30 s of CPU and 1.5 GB; no sentence in
     * the 2,225 BBC articles comes near it (their tags and names are identical with and without the limit).
     */
    static final int MAX_SENTENCE_TOKENS = 500;
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final Taggers taggers;
    private final List<Annotator> annotators;
    private final Annotator tokenizer;
    private final PosTagger ownPos;
    private final NameTagger ownNames;

    private NlpPipeline(Taggers taggers, Annotator tokenizer, List<Annotator> taggerAnnotators, PosTagger ownPos,
                        NameTagger ownNames) {
        this.taggers = taggers;
        this.tokenizer = tokenizer;
        List<Annotator> all = new ArrayList<>();
        all.add(tokenizer);
        all.addAll(taggerAnnotators);
        this.annotators = List.copyOf(all);
        this.ownPos = ownPos;
        this.ownNames = ownNames;
    }

    /** Loads the {@link Taggers#DEFAULT} taggers. */
    public static NlpPipeline load() {
        return load(Taggers.DEFAULT);
    }

    /** Loads the tokenizer and the chosen taggers' models from the class path. */
    public static NlpPipeline load(Taggers taggers) {
        if (taggers == Taggers.ASSAY) {
            // The name model loads on another thread while the clusters and the tagger load here.
            CompletableFuture<NameTagger> names = CompletableFuture.supplyAsync(NameTagger::bundled);
            PosTagger pos = PosTagger.bundled();
            Annotator tokenizer = new TokenizerAnnotator(false, properties());
            try {
                return new NlpPipeline(taggers, tokenizer, List.of(), pos, names.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        Properties props = properties();
        ExecutorService loader = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "assay-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Annotator> pos = loader.submit(() -> new POSTaggerAnnotator("pos", props));
            Future<Annotator> ner = loader.submit(() -> new NERCombinerAnnotator(props));
            Annotator tokenizer = new TokenizerAnnotator(false, props);
            return new NlpPipeline(taggers, tokenizer, List.of(pos.get(), ner.get()), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CoreNLP models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load CoreNLP models: " + e.getCause(), e.getCause());
        } finally {
            loader.shutdown();
        }
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        return props;
    }

    /** The taggers this pipeline runs. */
    public Taggers taggers() {
        return taggers;
    }

    /** The number of tokens in {@code text} (tokenizer only, fast); used to report tokens per second. */
    public int countTokens(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Annotates the article's {@link Article#analysisText()}; all offsets point into {@link Article#text()}, and token
     * and name texts are cut from the analysis text.
     */
    public Annotated annotate(Article article) {
        String text = article.analysisText();
        Annotation doc = new Annotation(joinWrappedLines(text));
        for (Annotator annotator : annotators) {
            annotator.annotate(doc);
        }
        if (ownPos != null) {
            tagOwn(doc, text);
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokens.size(), text.substring(start, end), label.tag(),
                        label.ner() == null ? "O" : label.ner(), start, end, sentences.size()));
            }
            Apostrophes.retag(tokens, first, tokens.size(), text);
            NounCompounds.retag(tokens, first, tokens.size());
            MonthSurnames.relabel(tokens, first, tokens.size());
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(tokens.size() - 1).end(),
                        first, tokens.size()));
            }
        }
        return new Annotated(article, text, tokens, sentences, nameSpans(tokens, text));
    }

    /**
     * The part-of-speech tags and name labels of one document given as its sentences' words (gold tokens, as in the
     * tagger evaluation): {@code tags} and {@code names} (PERSON, LOCATION, ORGANIZATION, MISC or O) per sentence.
     */
    public record Tagged(List<String[]> tags, List<String[]> names) {
    }

    /** Tags a document whose tokens are given ({@code words}, one array per sentence), without the tokenizer. */
    public Tagged tagWords(List<String[]> words) {
        StringBuilder text = new StringBuilder();
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (String[] sentence : words) {
            List<CoreLabel> labels = new ArrayList<>();
            for (String w : sentence) {
                CoreLabel label = new CoreLabel();
                label.setWord(w);
                label.setValue(w);
                label.setOriginalText(w);
                label.setBeginPosition(text.length());
                text.append(w);
                label.setEndPosition(text.length());
                text.append(' ');
                labels.add(label);
            }
            text.setCharAt(text.length() - 1, '\n');
            CoreMap s = new Annotation(sentence.length == 0 ? "" : String.join(" ", sentence));
            s.set(CoreAnnotations.TokensAnnotation.class, labels);
            sentences.add(s);
            all.addAll(labels);
        }
        Annotation doc = new Annotation(text.toString());
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (ownPos != null) {
            tagOwn(doc, text.toString());
        } else {
            annotators.subList(1, annotators.size()).forEach(a -> a.annotate(doc));
        }
        List<String[]> tags = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            tags.add(labels.stream().map(CoreLabel::tag).toArray(String[]::new));
            names.add(labels.stream().map(l -> l.ner() == null ? "O" : l.ner()).toArray(String[]::new));
        }
        return new Tagged(tags, names);
    }

    /**
     * Tags every sentence with Assay's tagger, then names the document's tokens with its recogniser. The recogniser
     * reads a hyphenated word that the tokenizer split ("Ki - moon") as the one word its training data wrote
     * ("Ki-moon"), and every part takes the word's label.
     */
    private void tagOwn(Annotation doc, String text) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<String[]> words = new ArrayList<>(sentences.size());
        List<String[]> tags = new ArrayList<>(sentences.size());
        List<int[]> wordOf = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            String[] raw = new String[labels.size()];
            String[] normal = new String[labels.size()];
            for (int i = 0; i < raw.length; i++) {
                // The tokenizer's own copy of the token's text: no new string per token.
                String original = labels.get(i).originalText();
                raw[i] = original != null ? original
                        : text.substring(labels.get(i).beginPosition(), labels.get(i).endPosition());
                normal[i] = TaggerWords.normal(raw[i]);
            }
            String[] tagged = ownPos.tag(normal);
            for (int i = 0; i < tagged.length; i++) {
                tagged[i] = TaggerWords.tag(raw[i], tagged[i]);
                labels.get(i).setTag(tagged[i]);
            }
            int[] of = HyphenatedWords.wordOf(labels);
            wordOf.add(of);
            words.add(HyphenatedWords.join(normal, of));
            tags.add(HyphenatedWords.lastTags(tagged, of));
        }
        List<String[]> names = ownNames.tag(words, tags);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> labels = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            String[] bilou = names.get(s);
            int[] of = wordOf.get(s);
            for (int i = 0; i < labels.size(); i++) {
                labels.get(i).setNER(NameLabels.coreNlpType(bilou[of[i]]));
            }
        }
    }

    /**
     * When paragraphs are separated by blank lines, a single newline is a hard wrap inside a paragraph, not a break:
     * it becomes a space (same length, so offsets hold). Otherwise every line is a paragraph.
     */
    static String joinWrappedLines(String text) {
        if (!text.contains("\n\n") && !text.contains("\n\r\n")) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n' && !blankLineAround(chars, i)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean blankLineAround(char[] chars, int newline) {
        int before = newline - 1;
        while (before >= 0 && (chars[before] == ' ' || chars[before] == '\t' || chars[before] == '\r')) {
            before--;
        }
        int after = newline + 1;
        while (after < chars.length && (chars[after] == ' ' || chars[after] == '\t' || chars[after] == '\r')) {
            after++;
        }
        return before < 0 || chars[before] == '\n' || after >= chars.length || chars[after] == '\n';
    }

    private static List<NameSpan> nameSpans(List<Token> tokens, String text) {
        List<NameSpan> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.ner().equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) {
                j++;
            }
            int start = t.start();
            int end = tokens.get(j - 1).end();
            names.add(new NameSpan(t.ner(), text.substring(start, end), start, end, i, j));
            i = j;
        }
        return names;
    }
}
