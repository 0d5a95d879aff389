// Warp 1.19.0's code templates (warp/_src/codegen.py), copied verbatim as data. They use Python
// str.format syntax ({field}, {{ and }}); codegen/template_format.h fills them the same way.
#include "codegen/templates.h"

namespace ws::codegen::templates {

const std::string_view cpu_module_header = R"WS(
#define WP_TILE_BLOCK_DIM {block_dim}
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()

)WS";

const std::string_view cuda_module_header = R"WS(
#define WP_TILE_BLOCK_DIM {block_dim}
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif

)WS";

const std::string_view codegen_cast_macros = R"WS(
// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

)WS";

const std::string_view cpu_forward_function_template = R"WS(
// {filename}:{lineno}
static {inline_attr}{return_type} {name}(
    {forward_args})
{{
{forward_body}}}

)WS";

const std::string_view cpu_reverse_function_template = R"WS(
// {filename}:{lineno}
static {inline_attr}void adj_{name}(
    {reverse_args})
{{
{reverse_body}}}

)WS";

const std::string_view cuda_forward_function_template = R"WS(
// {filename}:{lineno}
{line_directive}static {inline_attr}CUDA_CALLABLE {return_type} {name}(
    {forward_args})
{{
{forward_body}{line_directive}}}

)WS";

const std::string_view cuda_reverse_function_template = R"WS(
// {filename}:{lineno}
{line_directive}static {inline_attr}CUDA_CALLABLE void adj_{name}(
    {reverse_args})
{{
{reverse_body}{line_directive}}}

)WS";

const std::string_view cpu_kernel_template_forward = R"WS(

template <bool wp_linear_contiguous>
static void {name}_cpu_kernel_forward(
    {forward_args},
    wp_args_{name} *_wp_args)
{{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
{forward_array_setup}
{forward_body}}}

)WS";

const std::string_view cpu_kernel_template_backward = R"WS(

template <bool wp_linear_contiguous>
static void {name}_cpu_kernel_backward(
    {reverse_args},
    wp_args_{name} *_wp_args,
    wp_args_{name} *_wp_adj_args)
{{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
{backward_array_setup}
{reverse_body}}}

)WS";

const std::string_view cuda_kernel_template_forward_grid_stride = R"WS(

{line_directive}extern "C" {launch_bounds_str}{cluster_dims_str}__global__ void {max_registers_str}{forward_name}(
    {forward_args})
{{
{forward_smem_spilling_str}{line_directive}    wp::tile_shared_storage_t tile_mem;

{line_directive}    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
{line_directive}         _idx < dim.size;
{line_directive}         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {{
            // reset shared memory allocator
{line_directive}        wp::tile_shared_storage_t::init();

{forward_body}{line_directive}    }}
{line_directive}}}

)WS";

const std::string_view cuda_kernel_template_backward_grid_stride = R"WS(

{line_directive}extern "C" {launch_bounds_str}{cluster_dims_str}__global__ void {max_registers_str}{backward_name}(
    {reverse_args})
{{
{backward_smem_spilling_str}{line_directive}    wp::tile_shared_storage_t tile_mem;

{line_directive}    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
{line_directive}         _idx < dim.size;
{line_directive}         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {{
            // reset shared memory allocator
{line_directive}        wp::tile_shared_storage_t::init();

{reverse_body}{line_directive}    }}
{line_directive}}}

)WS";

const std::string_view cuda_kernel_template_forward = R"WS(

{line_directive}extern "C" {launch_bounds_str}{cluster_dims_str}__global__ void {max_registers_str}{forward_name}(
    {forward_args})
{{
{forward_smem_spilling_str}{line_directive}    wp::tile_shared_storage_t tile_mem;

{line_directive}    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
{line_directive}    if (_idx >= dim.size) return;
            // reset shared memory allocator
{line_directive}    wp::tile_shared_storage_t::init();

{forward_body}{line_directive}}}

)WS";

const std::string_view cuda_kernel_template_backward = R"WS(

{line_directive}extern "C" {launch_bounds_str}{cluster_dims_str}__global__ void {max_registers_str}{backward_name}(
    {reverse_args})
{{
{backward_smem_spilling_str}{line_directive}    wp::tile_shared_storage_t tile_mem;

{line_directive}    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
{line_directive}    if (_idx >= dim.size) return;
            // reset shared memory allocator
{line_directive}    wp::tile_shared_storage_t::init();

{reverse_body}{line_directive}}}

)WS";

const std::string_view cpu_block_module_template_forward = R"WS(

struct {name}_cpu_block_payload_forward
{{
    wp_args_{name}* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
}};

static void {name}_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{{
    wp::launch_bounds_t<{launch_ndim}>* dim = (wp::launch_bounds_t<{launch_ndim}>*)dim_ptr;
    {name}_cpu_block_payload_forward* payload = ({name}_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    {name}_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}}

)WS";

const std::string_view cpu_module_entry_template_forward = R"WS(extern "C" {{

// Python CPU entry points
WP_API void {name}_cpu_forward(
    wp::launch_bounds_t<{launch_ndim}> *dim,
    wp_args_{name} *_wp_args)
{{
{forward_entry_body}
}}

}} // extern C

)WS";

const std::string_view cpu_block_entry_body_forward = R"WS(    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {{
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        {name}_cpu_block_payload_forward payload = {{ _wp_args, &tile_mem, block_first }};
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &{name}_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }}
)WS";

const std::string_view cpu_block_module_template_backward = R"WS(

struct {name}_cpu_block_payload_backward
{{
    wp_args_{name}* args;
    wp_args_{name}* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
}};

static void {name}_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{{
    wp::launch_bounds_t<{launch_ndim}>* dim = (wp::launch_bounds_t<{launch_ndim}>*)dim_ptr;
    {name}_cpu_block_payload_backward* payload = ({name}_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    {name}_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}}

)WS";

const std::string_view cpu_module_entry_template_backward = R"WS(extern "C" {{

WP_API void {name}_cpu_backward(
    wp::launch_bounds_t<{launch_ndim}> *dim,
    wp_args_{name} *_wp_args,
    wp_args_{name} *_wp_adj_args)
{{
{backward_entry_body}
}}

}} // extern C

)WS";

const std::string_view cpu_block_entry_body_backward = R"WS(    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {{
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        {name}_cpu_block_payload_backward payload = {{ _wp_args, _wp_adj_args, &tile_mem, block_first }};
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &{name}_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }}
)WS";

}  // namespace ws::codegen::templates
