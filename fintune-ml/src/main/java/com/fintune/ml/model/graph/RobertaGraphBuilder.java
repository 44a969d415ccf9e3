package com.fintune.ml.model.graph;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the SameDiff graph of RoBERTa + FinTune's heads once per model. Placeholders: {@link GraphNames#INPUT_IDS}
 * and {@link GraphNames#ATTENTION_MASK} (any batch size and sequence length), plus {@link
 * GraphNames#STRUCTURED_INPUTS} when the config has structured inputs. A graph over part of the layers (see {@link
 * GraphOptions#fromLayer()}, {@link GraphOptions#toLayer()}) holds only the parameters of that part: the lower part
 * (embeddings up to a layer) ends with {@link GraphNames#HIDDEN_STATES_OUT}, the upper part starts from {@link
 * GraphNames#HIDDEN_STATES_IN} in place of the ids. The parameter variables are bound to the
 * live arrays of {@link ModelWeights}, so in-place updates are seen by the graph without rebuilding it.
 */
public final class RobertaGraphBuilder {
    private final RobertaConfig config;
    private final GraphOptions options;
    private final SameDiff sd = SameDiff.create();
    private SDVariable batchAndSeq;
    private SDVariable structured;
    private int dropoutSites;
    private final Map<String, SDVariable> shapes = new HashMap<>();

    private RobertaGraphBuilder(RobertaConfig config, GraphOptions options) {
        this.config = config;
        this.options = options;
    }

    public static SameDiff build(ModelWeights weights, GraphOptions options) {
        return new RobertaGraphBuilder(weights.config(), options).assemble(weights);
    }

    private SameDiff assemble(ModelWeights weights) {
        for (Map.Entry<String, INDArray> e : weights.arrays().entrySet()) {
            boolean fedTable = options.embeddingRowsFed() && (e.getKey().equals(ParameterLayout.WORD_EMBEDDINGS)
                    || e.getKey().equals(ParameterLayout.POSITION_EMBEDDINGS));
            if (!fedTable && inGraph(e.getKey())) {
                sd.var(e.getKey(), e.getValue());
            }
        }
        SDVariable mask = sd.placeHolder(GraphNames.ATTENTION_MASK, DataType.INT, -1, -1);
        if (config.structuredCount() > 0 && options.hasHeads()) {
            structured = sd.placeHolder(GraphNames.STRUCTURED_INPUTS, DataType.FLOAT, -1, config.structuredCount());
        }
        batchAndSeq = sd.shape(mask).castTo(DataType.LONG);
        SDVariable x = options.hasEmbeddings()
                ? embeddings(sd.placeHolder(GraphNames.INPUT_IDS, DataType.INT, -1, -1))
                : sd.placeHolder(GraphNames.HIDDEN_STATES_IN, DataType.FLOAT, -1, config.hiddenSize());
        SDVariable additiveMask = additiveMask(mask);
        for (int layer = options.fromLayer(); layer < lastLayer(); layer++) {
            x = encoderLayer(x, additiveMask, layer);
        }
        if (!options.hasHeads()) {
            x.rename(GraphNames.HIDDEN_STATES_OUT);
            return sd;
        }
        SDVariable hidden = sd.reshape(GraphNames.LAST_HIDDEN_STATE, x, shape(config.hiddenSize()));
        SDVariable cls = firstToken(hidden, mask);
        SDVariable reasonLogits = head(cls, "reasons_head").rename(GraphNames.REASON_LOGITS);
        SDVariable riskLogit = head(cls, "risk_head");
        SDVariable risk = sd.nn().sigmoid(sd.reshape(riskLogit, -1)).mul(100.0).rename(GraphNames.RISK_SCORE);
        if (options.loss()) {
            LossBuilder.addLoss(sd, reasonLogits, risk, options.lossWeights(), config.labels().size());
        }
        return sd;
    }

    /** One past the last encoder layer in the graph. */
    private int lastLayer() {
        return options.hasHeads() ? config.numHiddenLayers() : Math.min(options.toLayer(), config.numHiddenLayers());
    }

    /** Whether a parameter takes part in the graph's layer range (embeddings, encoder layers, heads). */
    private boolean inGraph(String name) {
        String layers = ParameterLayout.layerPrefix(0).replace("0.", "");
        if (name.startsWith(layers)) {
            int layer = Integer.parseInt(name.substring(layers.length(), name.indexOf('.', layers.length())));
            return layer >= options.fromLayer() && layer < lastLayer();
        }
        if (name.startsWith("embeddings.")) {
            return options.hasEmbeddings();
        }
        return !ParameterLayout.isHead(name) || options.hasHeads();
    }

    /** word + position (padding-aware for RoBERTa, 0 … seq-1 for BERT) + token type 0, then LayerNorm and dropout. */
    private SDVariable embeddings(SDVariable ids) {
        SDVariable words;
        SDVariable pos;
        if (options.embeddingRowsFed()) {
            // variables, not placeholders: SameDiff returns no gradient for a placeholder that feeds an add
            words = sd.var(GraphNames.WORD_ROWS, Nd4j.zeros(DataType.FLOAT, 1, config.hiddenSize()));
            pos = sd.var(GraphNames.POSITION_ROWS, Nd4j.zeros(DataType.FLOAT, 1, config.hiddenSize()));
        } else {
            words = sd.gather(GraphNames.WORD_ROWS, sd.getVariable(ParameterLayout.WORD_EMBEDDINGS),
                    sd.reshape(ids, -1), 0);
            pos = sd.gather(GraphNames.POSITION_ROWS, sd.getVariable(ParameterLayout.POSITION_EMBEDDINGS),
                    sd.reshape(positionIds(ids), -1), 0);
        }
        // row 0 of the token-type table as a [1, type_vocab]·table product (slices are avoided, see firstToken)
        INDArray rowZero = Nd4j.zeros(DataType.FLOAT, 1, config.typeVocabSize()).putScalar(0, 0, 1f);
        SDVariable tokenType = sd.mmul(sd.constant(rowZero), sd.getVariable(ParameterLayout.TOKEN_TYPE_EMBEDDINGS));
        SDVariable sum = words.add(pos).add(tokenType);
        return dropout(layerNorm(sum, "embeddings.LayerNorm"), DropoutMasks.Site.TOKENS);
    }

    /** RoBERTa's padding-aware position ids, or BERT's 0 … seq-1 (see {@link PositionIds}). */
    private SDVariable positionIds(SDVariable ids) {
        if (config.isBert()) {
            SDVariable ones = ids.mul(0).add(1).castTo(DataType.FLOAT);
            return sd.cumsum(ones, false, false, 1).sub(1.0).castTo(DataType.INT).rename(GraphNames.POSITION_IDS);
        }
        int pad = config.padTokenId();
        // cumsum(ids != pad) * (ids != pad) + pad, in float (cumsum takes no integers; exact below 2^24)
        SDVariable notPad = ids.neq(pad).castTo(DataType.FLOAT);
        return sd.cumsum(notPad, false, false, 1).mul(notPad).add(pad).castTo(DataType.INT)
                .rename(GraphNames.POSITION_IDS);
    }

    /** [batch, seq] mask of 1/0 → [batch, 1, 1, seq] with 0 for real keys and float's lowest value for padding. */
    private SDVariable additiveMask(SDVariable mask) {
        SDVariable padding = sd.constant(1.0f).sub(mask.castTo(DataType.FLOAT));
        SDVariable additive = padding.mul(-Float.MAX_VALUE);
        SDVariable one = sd.constant(Nd4j.createFromArray(1L, 1L));
        SDVariable b = batchAndSeq.get(SDIndex.interval(0, 1));
        SDVariable s = batchAndSeq.get(SDIndex.interval(1, 2));
        return sd.reshape(additive, sd.concat(0, b, one, s));
    }

    private SDVariable encoderLayer(SDVariable x, SDVariable additiveMask, int layer) {
        String p = ParameterLayout.layerPrefix(layer);
        int heads = config.numAttentionHeads();
        int headDim = config.headDim();
        SDVariable q = splitHeads(linear(x, p + "attention.self.query").mul(1.0 / Math.sqrt(headDim)), heads,
                headDim);
        SDVariable k = splitHeads(linear(x, p + "attention.self.key"), heads, headDim);
        SDVariable v = splitHeads(linear(x, p + "attention.self.value"), heads, headDim);
        SDVariable scores = sd.mmul(q, sd.permute(k, 0, 1, 3, 2)).add(additiveMask);
        SDVariable probs = sd.nn().softmax(scores, -1);
        if (options.attentionOutputs()) {
            probs = probs.rename(GraphNames.attentionProbs(layer));
        }
        SDVariable context = sd.mmul(dropout(probs, DropoutMasks.Site.ATTENTION), v);
        SDVariable merged = sd.reshape(sd.permute(context, 0, 2, 1, 3), -1, config.hiddenSize());
        SDVariable attended = dropout(linear(merged, p + "attention.output.dense"), DropoutMasks.Site.TOKENS);
        x = layerNorm(x.add(attended), p + "attention.output.LayerNorm");
        SDVariable inner = GraphOps.activation(sd, linear(x, p + "intermediate.dense"), config.activation());
        SDVariable out = dropout(linear(inner, p + "output.dense"), DropoutMasks.Site.TOKENS);
        return layerNorm(x.add(out), p + "output.LayerNorm");
    }

    /**
     * The {@code <s>} (position 0) hidden state, [batch, hidden], as a masked sum over positions: exact (the other
     * positions contribute 0·x = 0) and differentiable. SameDiff 1.0.0-M2.1's strided_slice_bp intermittently fails
     * ("lengths of arrays are mismatched") and gather cannot be differentiated, so neither is used here.
     */
    private SDVariable firstToken(SDVariable hidden, SDVariable mask) {
        SDVariable ones = sd.onesLike(mask).castTo(DataType.FLOAT);
        SDVariable isFirst = sd.cumsum(ones, true, false, 1).eq(0.0).castTo(DataType.FLOAT);
        SDVariable weights = sd.reshape(isFirst, shape(1));
        return hidden.mul(weights).sum(false, 1).rename(GraphNames.CLS_EMBEDDING);
    }

    /** [batch·seq, hidden] → [batch, heads, seq, headDim]. */
    private SDVariable splitHeads(SDVariable x, int heads, int headDim) {
        return sd.permute(sd.reshape(x, shape(heads, headDim)), 0, 2, 1, 3);
    }

    /**
     * dense → tanh → out_proj on the {@code <s>} embedding (followed by the structured inputs, when the model reads
     * them), with dropout on the embedding and the hidden layer as Hugging Face does.
     */
    private SDVariable head(SDVariable cls, String name) {
        long width = sd.getVariable(name + ".dense.weight").getShape()[0];
        SDVariable input = dropout(cls, DropoutMasks.Site.SEQUENCES, config.hiddenSize());
        if (structured != null) {
            input = sd.concat(1, input, structured);
        }
        SDVariable hidden = sd.math().tanh(linear(input, name + ".dense"));
        return linear(dropout(hidden, DropoutMasks.Site.SEQUENCES, width), name + ".out_proj");
    }

    /** [batch, seq] followed by the given trailing dimensions, as a runtime shape (one op per distinct shape). */
    private SDVariable shape(long... trailing) {
        return shapes.computeIfAbsent(Arrays.toString(trailing),
                k -> sd.concat(0, batchAndSeq, sd.constant(Nd4j.createFromArray(trailing))));
    }

    private SDVariable linear(SDVariable x, String prefix) {
        return GraphOps.linear(sd, x, sd.getVariable(prefix + ".weight"), sd.getVariable(prefix + ".bias"));
    }

    private SDVariable layerNorm(SDVariable x, String prefix) {
        return GraphOps.layerNorm(sd, x, sd.getVariable(prefix + ".weight"), sd.getVariable(prefix + ".bias"),
                config.layerNormEps());
    }

    /**
     * Dropout as {@code x · mask} with the mask a placeholder ({@link DropoutMasks} fills it: kept entries
     * 1/(1 − rate), dropped 0; all ones for evaluation). Masks come from Java because SameDiff's random ops
     * produced the same mask on every pass.
     */
    private SDVariable dropout(SDVariable x, DropoutMasks.Site site) {
        return dropout(x, site, 0);
    }

    /** @param width the last dimension for {@link DropoutMasks.Site#SEQUENCES} sites (part of the mask's name) */
    private SDVariable dropout(SDVariable x, DropoutMasks.Site site, long width) {
        if (!options.dropout()) {
            return x;
        }
        long[] shape = new long[site.rank()];
        Arrays.fill(shape, -1);
        String name = DropoutMasks.placeholderName(site, dropoutSites++, width);
        return x.mul(sd.placeHolder(name, DataType.FLOAT, shape));
    }
}
