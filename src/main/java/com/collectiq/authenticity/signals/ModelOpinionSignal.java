package com.collectiq.authenticity.signals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.authenticity.model.ModelOpinions;

/**
 * A vision model's opinion ({@code aws}: Bedrock), one weighted signal among the others: a model
 * can be fooled and can be wrong, so it never decides alone. Without a model (local mode) the
 * signal says so and its weight goes to the others.
 */
@Component
@Order(7)
class ModelOpinionSignal implements AuthenticitySignal {

    private final ObjectProvider<ModelOpinions> models;

    ModelOpinionSignal(ObjectProvider<ModelOpinions> models) {
        this.models = models;
    }

    @Override
    public String name() {
        return SignalNames.MODEL_OPINION;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        ModelOpinions model = models.getIfAvailable();
        if (model == null) {
            return SignalReading.unavailable("no model in this mode");
        }
        if (request.photoCopy().isEmpty() && (request.photo() == null || request.photo().length == 0)) {
            return SignalReading.unavailable("no photo bytes to show the model");
        }
        return model.opinion(request.photo(), request.photoCopy(), request.identity());
    }
}
