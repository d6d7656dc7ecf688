package com.collectiq.upload;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.ProblemMapper;

/** How the photo store's refusals read to a client. */
@Component
class UploadProblems implements ProblemMapper {

    @Override
    public Optional<ApiProblem> map(Throwable failure) {
        if (failure instanceof InvalidPhotoKeyException) {
            return Optional.of(ApiProblem.notFound("No such photo for this user."));
        }
        if (failure instanceof UnsupportedPhotoTypeException) {
            return Optional.of(new ApiProblem(415, "unsupported-photo-type", "Unsupported photo type",
                    "Photos are JPEG or PNG."));
        }
        if (failure instanceof PhotoTooLargeException) {
            return Optional.of(new ApiProblem(413, "photo-too-large", "The photo is too large", failure.getMessage()));
        }
        return Optional.empty();
    }
}
