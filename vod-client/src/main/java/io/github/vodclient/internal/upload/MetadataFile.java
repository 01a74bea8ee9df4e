package io.github.vodclient.internal.upload;

import io.github.vodclient.upload.WorkflowStart;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link WorkflowStart} a {@link WorkflowStartBuilder} builds: immutable, its custom keys already checked and
 * deeply copied by {@link MetadataKeyRules}.
 */
record MetadataFile(String srcVideo, Optional<WorkflowStart.ArchiveSource> archiveSource,
        Optional<Boolean> frameCapture, Optional<String> jobTemplate, Optional<WorkflowStart.InputRotate> inputRotate,
        Optional<WorkflowStart.AcceleratedTranscoding> acceleratedTranscoding, Map<String, Object> custom)
        implements WorkflowStart {

    MetadataFile {
        Objects.requireNonNull(srcVideo, "srcVideo");
        custom = Collections.unmodifiableMap(custom);
    }

    @Override
    public String toJson() {
        return MetadataFileJson.write(this);
    }
}
