package com.fintune.ml.data.generator;

import static com.fintune.ml.data.generator.Sampling.pick;

import com.fintune.ml.data.Demographics.AgeBand;
import com.fintune.ml.data.Demographics.Ethnicity;
import com.fintune.ml.data.Demographics.Race;
import com.fintune.ml.data.Demographics.Sex;
import com.fintune.ml.data.Demographics;
import java.util.Random;

/**
 * Draws the primary applicant's demographics from approximate HMDA 2023 application shares, independently of
 * everything else (from its own random stream), so that outcomes are independent of them unless a
 * {@link Disparity} is injected.
 */
final class DemographicsSampler {

    Demographics sample(Random r) {
        Race race = Race.values()[pick(r, 0.7, 7, 9, 0.3, 66, 17)];
        Ethnicity ethnicity = Ethnicity.values()[pick(r, 13, 70, 17)];
        Sex sex = Sex.values()[pick(r, 52, 33, 15)];
        AgeBand age = AgeBand.values()[pick(r, 4, 26, 26, 19, 14, 8, 3, 0.5)];
        return new Demographics(race, ethnicity, sex, age);
    }
}
