package com.fintune.ml.train.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

class OptimTest {
    @Test
    void scheduleWarmsUpLinearlyThenDecaysToZero() {
        LearningRateSchedule s = new LearningRateSchedule(1e-3, 4, 12);
        assertEquals(0.25e-3, s.rate(0), 1e-15);
        assertEquals(1e-3, s.rate(3), 1e-15);
        assertEquals(1e-3, s.rate(4), 1e-15);
        assertEquals(0.5e-3, s.rate(8), 1e-15);
        assertEquals(0, s.rate(12), 1e-15);
    }

    @Test
    void clippingScalesToTheGlobalNorm() {
        Map<String, INDArray> g = new HashMap<>();
        g.put("a", Nd4j.createFromArray(3f, 0f));
        g.put("b", Nd4j.createFromArray(4f));
        assertEquals(5.0, GradientClipping.clipGlobalNorm(g, 1.0), 1e-6);
        assertEquals(0.6, g.get("a").getDouble(0), 1e-5);
        assertEquals(0.8, g.get("b").getDouble(0), 1e-5);
        assertEquals(1.0, GradientClipping.clipGlobalNorm(g, 2.0), 1e-5);
        assertEquals(0.6, g.get("a").getDouble(0), 1e-5);
    }

    @Test
    void adamWMatchesTheHandComputedFirstTwoSteps() {
        // p = 1, g = 0.5, lr 0.1, wd 0.01, betas .9/.999, eps 1e-8
        // step 1: m = .05, v = .00025; mhat = .5, vhat = .25 -> update .1 * .5/.5 = .1; decay p*= (1-.001)
        //         p = 0.999 - 0.1 = 0.899
        // step 2 (g = 0.5): m = .095, v = .00049975; mhat = .095/.19 = .5, vhat = .00049975/.001999 = .25
        //         p = .899 * .999 - .1 = 0.798101
        INDArray p = Nd4j.createFromArray(1f);
        INDArray bias = Nd4j.createFromArray(1f);
        AdamW opt = new AdamW(0.9, 0.999, 1e-8, 0.01, AdamW::decaysByDefault);
        Map<String, INDArray> params = Map.of("w.weight", p, "w.bias", bias);
        for (int i = 0; i < 2; i++) {
            opt.step(params, Map.of("w.weight", Nd4j.createFromArray(0.5f), "w.bias", Nd4j.createFromArray(0.5f)),
                    0.1);
        }
        assertEquals(0.798101, p.getDouble(0), 1e-5);
        assertEquals(0.8, bias.getDouble(0), 1e-5); // no decay on biases
        AdamW resumed = AdamW.standard(0.01);
        resumed.restore(opt.state(), opt.steps());
        assertEquals(2, resumed.steps());
        assertEquals(4, resumed.state().size());
    }
}
