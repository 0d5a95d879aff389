#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

struct wp_args_factor_solve_6030f22c {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void factor_solve_6030f22c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_solve_6030f22c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    const wp::str var_3 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    const wp::int32 var_10 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_11;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,1>, wp::tile_stride_t<1,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,1>,wp::tile_stride_t<1,1>,false>();
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<1,16>>, false> var_15 = nullptr;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    //---------
    // forward
    // def factor_solve(A: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(A, shape=(TILE, TILE), storage="shared")                              <L 13>
    var_2 = wp::tuple(var_1, var_1);
    var_4 = wp::tile_load<wp::float32, true, false, 16, 16>(var_A, var_5, var_6);
    // wp.tile_cholesky_inplace(a)                                                            <L 14>
    wp::tile_cholesky_inplace<false>(var_7, var_4);
    // rhs = wp.tile_load(b, shape=(TILE, 1), offset=(0, i))                                  <L 15>
    var_9 = wp::tuple(var_1, var_8);
    var_11 = wp::tuple(var_10, var_0);
    var_12 = wp::tile_load<wp::float32, true, false, 16, 1>(var_b, var_13, var_0);
    // wp.tile_lower_solve_inplace(a, rhs)                                                    <L 16>
    tile_lower_solve_inplace(var_14, var_4, var_12);
    // wp.tile_upper_solve_inplace(wp.tile_transpose(a), rhs)                                 <L 17>
    var_15 = wp::tile_transpose(var_4);
    tile_upper_solve_inplace(var_16, var_15, var_12);
    // wp.tile_cholesky_solve_inplace(a, rhs)                                                 <L 18>
    wp::tile_cholesky_solve_inplace<false>(var_17, var_4, var_12);
    // wp.tile_store(out, rhs, offset=(0, i))                                                 <L 19>
    var_19 = wp::tuple(var_18, var_0);
    wp::tile_store<wp::float32, true, false>(var_out, var_20, var_0, var_12);
}



struct factor_solve_6030f22c_cpu_block_payload_forward
{
    wp_args_factor_solve_6030f22c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void factor_solve_6030f22c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    factor_solve_6030f22c_cpu_block_payload_forward* payload = (factor_solve_6030f22c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    factor_solve_6030f22c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void factor_solve_6030f22c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_solve_6030f22c *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        factor_solve_6030f22c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &factor_solve_6030f22c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_factor_copy_8570bfaf {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> v;
    wp::array_t<wp::float64> out;
};


template <bool wp_linear_contiguous>
static void factor_copy_8570bfaf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_copy_8570bfaf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_v = _wp_args->v;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_3 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::str var_6 = "upper";
    const wp::int32 var_7 = 0;
    const wp::str var_8 = "upper";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_9 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 4;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_15 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_16 = nullptr;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_20 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    //---------
    // forward
    // def factor_copy(A: wp.array2d(dtype=wp.float64), v: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 23>
    // a = wp.tile_load(A, shape=(4, 4))                                                      <L 24>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_4, var_5);
    // wp.tile_cholesky_inplace(a, fill_mode="upper")                                         <L 25>
    wp::tile_cholesky_inplace<true>(var_7, var_3);
    // L = wp.tile_cholesky(a, fill_mode="upper")                                             <L 26>
    var_9 = wp::tile_cholesky<true>(var_10, var_11, var_12, var_3, var_9);
    // y = wp.tile_load(v, shape=4)                                                           <L 27>
    var_14 = wp::tile_load<wp::float64, true, false, 4>(var_v, var_15);
    // z = wp.tile_lower_solve(wp.tile_transpose(L), y)                                       <L 28>
    var_16 = wp::tile_transpose(var_9);
    var_17 = tile_lower_solve(var_18, var_19, var_16, var_14, var_17);
    // wp.tile_store(out, wp.tile_upper_solve(L, z))                                          <L 29>
    var_20 = tile_upper_solve(var_21, var_9, var_17, var_20);
    wp::tile_store<wp::float64, true, false>(var_out, var_22, var_20);
}



struct factor_copy_8570bfaf_cpu_block_payload_forward
{
    wp_args_factor_copy_8570bfaf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void factor_copy_8570bfaf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    factor_copy_8570bfaf_cpu_block_payload_forward* payload = (factor_copy_8570bfaf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    factor_copy_8570bfaf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void factor_copy_8570bfaf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_copy_8570bfaf *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        factor_copy_8570bfaf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &factor_copy_8570bfaf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

