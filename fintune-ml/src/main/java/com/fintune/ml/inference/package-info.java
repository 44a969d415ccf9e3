/**
 * The one inference path from an application's features to model scores, shared by serving and by training's
 * validation and evaluation: the text view the model asks for (masked notes inside), then {@code model.predict}'s
 * {@code InputEncoder} and {@code BatchScorer}. Depends on {@code features} and {@code model}; never on train,
 * eval or serving.
 */
package com.fintune.ml.inference;
