// Warp's code templates, verbatim (see templates.cpp).
#pragma once

#include <string_view>

namespace ws::codegen::templates {

extern const std::string_view cpu_module_header;
extern const std::string_view cuda_module_header;
extern const std::string_view codegen_cast_macros;
extern const std::string_view cpu_forward_function_template;
extern const std::string_view cpu_reverse_function_template;
extern const std::string_view cuda_forward_function_template;
extern const std::string_view cuda_reverse_function_template;
extern const std::string_view cpu_kernel_template_forward;
extern const std::string_view cpu_kernel_template_backward;
extern const std::string_view cuda_kernel_template_forward_grid_stride;
extern const std::string_view cuda_kernel_template_backward_grid_stride;
extern const std::string_view cuda_kernel_template_forward;
extern const std::string_view cuda_kernel_template_backward;
extern const std::string_view cpu_block_module_template_forward;
extern const std::string_view cpu_module_entry_template_forward;
extern const std::string_view cpu_block_entry_body_forward;
extern const std::string_view cpu_block_module_template_backward;
extern const std::string_view cpu_module_entry_template_backward;
extern const std::string_view cpu_block_entry_body_backward;

}  // namespace ws::codegen::templates
